// The dashboard's tests: components in jsdom (Testing Library), the data and auth providers in node
// against the real platform (a `@jest-environment node` docblock). Settings shared with clients/web.
const reactAppProject = require('../jest/react-app.cjs');

module.exports = reactAppProject(__dirname, 'admin', { esmDependencies: ['react-hotkeys-hook'] });

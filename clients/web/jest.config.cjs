// The client app's tests: its data logic (error messages, cache policies, formats, form rules) and
// components in jsdom. The browser journeys are in ../../test/client-apps/web-client.suite.ts.
const reactAppProject = require('../../jest/react-app.cjs');

module.exports = reactAppProject(__dirname, 'web');

// The client app's tests: its data logic (error messages, cache policies, formats, form rules) and
// components in jsdom. The browser journeys are in ../../test/web-client.e2e.test.ts.
const reactAppProject = require('../../jest/react-app.cjs');

module.exports = reactAppProject(__dirname, 'web');

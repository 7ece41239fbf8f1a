// The kit's own tests: session refresh and error reading, in node (no platform needed). Settings
// shared with the apps that use it.
const reactAppProject = require('../../jest/react-app.cjs');

module.exports = { ...reactAppProject(__dirname, 'client-kit'), testEnvironment: 'node' };

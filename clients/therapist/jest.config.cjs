// The therapist workspace's tests: its data logic (error messages, agenda and flag ordering, forms) and
// components in jsdom. The whole loop in a browser is ../../test/client-apps/therapist-whole-loop.suite.ts.
const reactAppProject = require('../../jest/react-app.cjs');

module.exports = reactAppProject(__dirname, 'therapist');

// Jest's node environment, releasing the AsyncLocalStorages a test file enabled when it ends.
const { TestEnvironment } = require('jest-environment-node');
const releasingAsyncLocalStorages = require('./release-async-local-storages.cjs');

module.exports = releasingAsyncLocalStorages(TestEnvironment);

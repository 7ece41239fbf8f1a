// Shared jest settings for every workspace: TypeScript through SWC (transpiling only), tests beside the code.
const path = require('node:path');
const tsTransform = require('./ts-transform.js');

/** Jest project config for the package in `dir`. */
module.exports = function jestProject(dir, displayName) {
  return {
    displayName,
    rootDir: dir,
    testEnvironment: path.join(__dirname, 'node-environment.cjs'),
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
    transform: { '^.+\\.ts$': tsTransform(path.join(dir, 'tsconfig.json')) },
    setupFiles: ['reflect-metadata'],
    runtime: path.join(__dirname, 'compile-cache-runtime.cjs'),
    globalSetup: path.join(__dirname, 'global-setup.mjs'),
    globalTeardown: path.join(__dirname, 'global-teardown.mjs'),
    testTimeout: 30000,
  };
};

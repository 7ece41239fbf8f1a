// Shared jest settings for every workspace: TypeScript through ts-jest, tests beside the code.
const path = require('node:path');

/** Jest project config for the package in `dir`. */
module.exports = function jestProject(dir, displayName) {
  return {
    displayName,
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(dir, 'tsconfig.json'), diagnostics: { ignoreCodes: [151002] } }] },
    setupFiles: ['reflect-metadata'],
    globalSetup: path.join(__dirname, 'global-setup.mjs'),
    globalTeardown: path.join(__dirname, 'global-teardown.mjs'),
    testTimeout: 30000,
  };
};

// Shared jest settings for the browser apps (admin/, clients/web/): components in jsdom (Testing
// Library), data logic against the real platform in node (a `@jest-environment node` docblock).
// TypeScript through SWC (jest/ts-transform.js), as CommonJS: every dependency the apps use ships a CommonJS
// build, but for the few ES-module ones named by each app, compiled like the sources.
const path = require('node:path');
const { swcOptions } = require('./ts-transform.js');

/**
 * Jest project config for the Vite app in `dir`.
 * @param {string} dir the app's folder (its tsconfig.jest.json is used)
 * @param {string} displayName
 * @param {{ esmDependencies?: string[] }} [options] dependencies that ship only ES modules, compiled like the sources
 */
module.exports = function reactAppProject(dir, displayName, { esmDependencies = [] } = {}) {
  return {
    displayName,
    rootDir: dir,
    testEnvironment: 'jsdom',
    testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
    transform: {
      '^.+\\.tsx$': ['@swc/jest', swcOptions(path.join(dir, 'tsconfig.jest.json'), 'tsx')],
      '^.+\\.ts$': ['@swc/jest', swcOptions(path.join(dir, 'tsconfig.jest.json'), 'ts')],
      '^.+\\.jsx?$': ['@swc/jest', swcOptions(path.join(dir, 'tsconfig.jest.json'), 'js')],
    },
    transformIgnorePatterns: esmDependencies.length ? [`/node_modules/(?!(${esmDependencies.join('|')})/)`] : ['/node_modules/'],
    setupFiles: [path.join(__dirname, 'react-setup-env.ts')],
    runtime: path.join(__dirname, 'compile-cache-runtime.cjs'),
    setupFilesAfterEnv: [path.join(__dirname, 'react-setup-dom.ts')],
    globalSetup: path.join(__dirname, 'global-setup.mjs'),
    globalTeardown: path.join(__dirname, 'global-teardown.mjs'),
    testTimeout: 60000,
  };
};

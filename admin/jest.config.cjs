// The dashboard's tests: components in jsdom (Testing Library), the data and auth providers in node
// against the real platform (a `@jest-environment node` docblock). TypeScript through ts-jest, as
// CommonJS: every dependency the dashboard uses ships a CommonJS build.
const path = require('node:path');

module.exports = {
  displayName: 'admin',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
  transform: {
    '^.+\\.[jt]sx?$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.jest.json'), diagnostics: { ignoreCodes: [151002] } }],
  },
  // The few dependencies that ship only ES modules are compiled to CommonJS like the sources.
  transformIgnorePatterns: ['/node_modules/(?!(react-hotkeys-hook)/)'],
  setupFiles: [path.join(__dirname, 'src', 'test', 'setup-env.ts')],
  setupFilesAfterEnv: [path.join(__dirname, 'src', 'test', 'setup-dom.ts')],
  globalSetup: path.join(__dirname, '..', 'jest', 'global-setup.mjs'),
  globalTeardown: path.join(__dirname, '..', 'jest', 'global-teardown.mjs'),
  testTimeout: 60000,
};

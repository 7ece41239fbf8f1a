// `npm test` runs every workspace's tests (and the repository-level ones under test/) in one jest run,
// against one PostgreSQL started by the global setup.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const jestProject = require('./jest/preset.js');
const tsTransform = require('./jest/ts-transform.js');

const base = jestProject(__dirname, 'platform');
module.exports = {
  // Jest's default (one worker fewer than the cores) is a single worker on a 2-core machine, which then
  // sits idle while a test waits on PostgreSQL, the platform's services, Chromium or a timer. One worker
  // more than the cores keeps them busy: on 2 cores, two workers left 28 % of the CPU idle over a whole run.
  maxWorkers: os.availableParallelism() + 1,
  testTimeout: 30000,
  // Without timings from an earlier run (CI), the files that start the platform or a browser go first.
  testSequencer: path.join(__dirname, 'jest', 'test-sequencer.cjs'),
  globalSetup: base.globalSetup,
  globalTeardown: base.globalTeardown,
  projects: [
    'kernel',
    'subgraphs/vocabulary',
    'subgraphs/runtime',
    'subgraphs/accounts',
    'subgraphs/therapists',
    'subgraphs/bookings',
    'subgraphs/care-plans',
    'subgraphs/notifications',
    'gateway',
    'worker',
    'clients/kit',
    'admin',
    'clients/web',
    'clients/therapist',
  ].map((dir) => {
    // The browser apps are ES-module packages (Vite): their jest configs are CommonJS by extension.
    const project = require(path.join(__dirname, dir, fs.existsSync(path.join(__dirname, dir, 'jest.config.cjs')) ? 'jest.config.cjs' : 'jest.config.js'));
    delete project.globalSetup;
    delete project.globalTeardown;
    return project;
  }).concat([{ ...base, testMatch: ['<rootDir>/test/**/*.test.ts'], transform: { '^.+\\.ts$': tsTransform(path.join(__dirname, 'test', 'tsconfig.json')) }, globalSetup: undefined, globalTeardown: undefined }]),
};

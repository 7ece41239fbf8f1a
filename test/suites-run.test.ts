// A suite file (`*.suite.ts`) runs only when a test file imports or requires it (jest looks for `*.test.ts` alone):
// every suite in the repository must be run by exactly one test file of its own package, or its tests would
// silently stop running.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..');
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
const SUITE = /\.suite\.tsx?$/;
const TEST = /\.test\.tsx?$/;

// The test sequencer's reading of a test file, so that what it sizes a file by and what is checked here agree.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { suitesRunBy } = require('../jest/test-sequencer.cjs') as { suitesRunBy: (file: string) => string[] };

/** The suites a test file runs, as repository paths without their extension. */
const suitesOf = (testFile: string) => suitesRunBy(path.join(root, testFile)).map((suite) => path.relative(root, suite).split(path.sep).join('/'));

describe('suite files', () => {
  const suites = tracked.filter((file) => SUITE.test(file));
  const runners = new Map<string, string[]>();
  for (const testFile of tracked.filter((file) => TEST.test(file))) {
    for (const suite of suitesOf(testFile)) runners.set(suite, [...(runners.get(suite) ?? []), testFile]);
  }

  it('are each run by exactly one test file', () => {
    expect(suites.length).toBeGreaterThan(0);
    const notOnce = suites.map((file) => ({ suite: file, runBy: runners.get(file.replace(SUITE, '.suite')) ?? [] })).filter(({ runBy }) => runBy.length !== 1);
    expect(notOnce).toEqual([]);
  });

  it('are only ever named as files that exist', () => {
    const missing = [...runners.keys()].filter((suite) => !tracked.includes(`${suite}.ts`) && !tracked.includes(`${suite}.tsx`));
    expect(missing).toEqual([]);
  });
});

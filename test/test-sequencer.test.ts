// The order jest/test-sequencer.cjs gives test files: without recorded times, the ones that start a
// browser on the platform first, then the platform's, then the rest, larger first; a file that runs suites
// is weighed and sized with them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface SequencedTest {
  path: string;
  context: { config: { cache: boolean; cacheDirectory: string; id: string }; hasteFS: { getSize(file: string): number } };
  duration?: number;
}
interface Sequencer {
  sort(tests: SequencedTest[]): SequencedTest[];
  _cache: Map<unknown, Record<string, [number, number]>>;
}
// The sequencer is CommonJS beside jest.config.js; jest loads it by path, as this does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HeaviestFirstSequencer = require('../jest/test-sequencer.cjs') as new (options: unknown) => Sequencer;

/** Jest's mark for a file that passed last time (0 is a failure). */
const PASSED = 1;

describe('the test sequencer', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'caregraph-sequencer-'));
  const context = {
    config: { cache: false, cacheDirectory: dir, id: 'sequencer-test' },
    hasteFS: { getSize: (file: string) => Number(/size-(\d+)/.exec(file)?.[1] ?? 0) },
  };
  /** A test file with `source`; `size` is what jest's file system reports for it. */
  const file = (name: string, size: number, source: string): SequencedTest => {
    const filePath = path.join(dir, `${name}.size-${size}.test.ts`);
    writeFileSync(filePath, source);
    return { path: filePath, context };
  };
  const names = (tests: SequencedTest[]) => tests.map((t) => path.basename(t.path).split('.')[0]);

  const unit = file('unit', 900, `it('adds', () => expect(1 + 1).toBe(2));`);
  const smallUnit = file('smallUnit', 100, `it('adds', () => expect(2 + 2).toBe(4));`);
  const platform = file('platform', 300, `platform = await startPlatformProcess({ databaseUrl });`);
  const admin = file('admin', 200, `beforeAll(() => sharedTestPlatform(), 150_000);`);
  const browser = file('browser', 250, `platform = await startPlatformProcess(options);\nbrowser = await chromium.launch();`);
  const faults = file('faults', 150, `spawn(process.execPath, ['scripts/start.mjs'])`);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the browser files first, then the platform ones, then the rest by size, when nothing is timed', () => {
    const sorted = new HeaviestFirstSequencer({}).sort([smallUnit, platform, unit, faults, browser, admin]);
    expect(names(sorted)).toEqual(['browser', 'platform', 'admin', 'faults', 'unit', 'smallUnit']);
  });

  it('weighs and sizes a file that runs suites with its suites', () => {
    writeFileSync(path.join(dir, 'joining.suite.ts'), `beforeAll(() => appsPlatform());\nconst page = await (await chromium.launch()).newPage();\n${'// a long suite\n'.repeat(40)}`);
    writeFileSync(path.join(dir, 'loop.suite.ts'), `beforeAll(() => appsPlatform());\n${'// another\n'.repeat(40)}`);
    const suites = file('suites', 50, `import './joining.suite';\nimport './loop.suite';\n`);
    const sorted = new HeaviestFirstSequencer({}).sort([unit, platform, suites, browser]);
    expect(names(sorted)).toEqual(['suites', 'browser', 'platform', 'unit']);
  });

  it('keeps the recorded times of an earlier run in charge: the untimed files first, heaviest first, then the longest timed', () => {
    const sequencer = new HeaviestFirstSequencer({});
    sequencer._cache.set(context, { [platform.path]: [PASSED, 40_000], [smallUnit.path]: [PASSED, 90_000] });
    const sorted = sequencer.sort([platform, unit, smallUnit, browser]);
    expect(names(sorted)).toEqual(['browser', 'unit', 'smallUnit', 'platform']);
  });
});

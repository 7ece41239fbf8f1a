// The tests' type-check (jest/check-test-types.mjs) on a small workspace of its own: it reports the errors of
// the files the build leaves out (tests and their helpers), leaves the built sources to the build, and checks
// again only what changed since its record of the last run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHECKER = pathToFileURL(path.join(__dirname, '..', 'jest', 'check-test-types.mjs')).href;

/** The checker's report on the small workspace (an ES module: run in a process of its own, as the global setup does). */
function check(): string {
  const program = `import { checkTestTypes } from ${JSON.stringify(CHECKER)}; process.stdout.write(checkTestTypes([${JSON.stringify(path.join(folder, 'tsconfig.json'))}]));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', program], { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

let folder: string;
const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  fs.writeFileSync(path.join(folder, file), content);
};

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'check-test-types-'));
  const options = { strict: true, target: 'ES2022', module: 'node16', moduleResolution: 'node16', types: [] };
  write('tsconfig.json', JSON.stringify({ compilerOptions: { ...options, noEmit: true }, include: ['src'] }));
  write('tsconfig.build.json', JSON.stringify({ compilerOptions: options, include: ['src'], exclude: ['src/**/*.test.ts', 'src/test'] }));
  write('src/price.ts', 'export const price = (pence: number): string => `£${(pence / 100).toFixed(2)}`;\n');
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("the tests' type-check", () => {
  it('reports an error in a test file and in a test helper, with the file and line, again from its record, and anew after a change', () => {
    write('src/price.test.ts', "import { price } from './price';\nconst shown: number = price(250);\nvoid shown;\n");
    write('src/test/factory.ts', "import { price } from './../price';\nexport const made = price('250');\n");
    const errors = check();
    expect(errors).toMatch(/price\.test\.ts\(2,7\): error TS2322/);
    expect(errors).toMatch(/factory\.ts\(2,27\): error TS2345/);
    // Nothing changed: the next check finds the same errors in its record of this one.
    expect(fs.existsSync(path.join(folder, 'node_modules', '.cache', 'test-types.tsbuildinfo'))).toBe(true);
    expect(check()).toBe(errors);
    // A change to what the tests import is checked again: price now returns a number, which the test expects
    // and the helper still calls wrongly.
    write('src/price.ts', 'export const price = (pence: number): number => pence / 100;\n');
    const after = check();
    expect(after).not.toMatch(/price\.test\.ts/);
    expect(after).toMatch(/factory\.ts\(2,27\): error TS2345/);
  });

  it('is clean when the tests are, and leaves the sources the build checks to the build', () => {
    write('src/price.test.ts', "import { price } from './price';\nconst shown: string = price(250);\nvoid shown;\n");
    write('src/built.ts', "export const wrong: number = 'the build reports this';\n");
    expect(check()).toBe('');
    // Without a build of its own, a workspace's every file is checked here.
    fs.rmSync(path.join(folder, 'tsconfig.build.json'));
    expect(check()).toMatch(/built\.ts\(1,14\): error TS2322/);
  });
});

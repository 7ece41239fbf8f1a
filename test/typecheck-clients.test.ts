// The build's type-check of the client kit and the apps (scripts/typecheck-clients.mjs): every workspace is
// type-checked by it or by the tests' check, and it reports each project's errors as `tsc -p` would, from one
// process, keeping each project's record where the project's own `typecheck` script keeps it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.join(__dirname, '..');
const moduleUrl = (file: string) => JSON.stringify(pathToFileURL(path.join(root, file)).href);

/** Runs `body` (an ES module's code) in a Node process of its own, as the build does, and returns what it printed. */
function runModule(body: string): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', body], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout;
}

describe("the build's type-check of the kit and the apps", () => {
  let folder: string;
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), content);
  };
  beforeEach(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'typecheck-clients-'))));
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('checks the kit and the three apps, and with the tests\' check leaves no workspace unchecked', () => {
    const listed = JSON.parse(runModule(`
      import { clientTsconfigs } from ${moduleUrl('scripts/typecheck-clients.mjs')};
      import { testTsconfigs } from ${moduleUrl('jest/check-test-types.mjs')};
      process.stdout.write(JSON.stringify({ clients: clientTsconfigs(), tests: testTsconfigs() }));`)) as { clients: string[]; tests: string[] };
    const relative = (files: string[]) => files.map((file) => path.relative(root, path.dirname(file))).sort();
    expect(relative(listed.clients)).toEqual(['admin', 'clients/kit', 'clients/therapist', 'clients/web']);
    const { workspaces } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
    const withTsconfig = workspaces.filter((dir) => fs.existsSync(path.join(root, dir, 'tsconfig.json')));
    expect([...relative(listed.clients), ...relative(listed.tests)].sort()).toEqual([...withTsconfig, 'test'].sort());
  });

  it("reports every project's errors with the file and line, keeps each project's record, and reports them again from it", () => {
    const options = { strict: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022'], types: [], noEmit: true };
    write('shared/price.ts', 'export const price = (pence: number): string => `£${(pence / 100).toFixed(2)}`;\n');
    for (const app of ['one', 'two']) write(`${app}/tsconfig.json`, JSON.stringify({ compilerOptions: options, include: ['src', '../shared'] }));
    write('one/src/app.ts', "import { price } from '../../shared/price';\nexport const shown: number = price(250);\n");
    write('two/src/app.ts', "import { price } from '../../shared/price';\nexport const made = price('250');\n");
    const tsconfigs = JSON.stringify(['one', 'two'].map((app) => path.join(folder, app, 'tsconfig.json')));
    const [first, second] = JSON.parse(runModule(`
      import { checkClientTypes } from ${moduleUrl('scripts/typecheck-clients.mjs')};
      process.stdout.write(JSON.stringify([checkClientTypes(${tsconfigs}), checkClientTypes(${tsconfigs})]));`)) as string[];
    expect(first).toMatch(/one[/\\]src[/\\]app\.ts\(2,14\): error TS2322/);
    expect(first).toMatch(/two[/\\]src[/\\]app\.ts\(2,27\): error TS2345/);
    for (const app of ['one', 'two']) expect(fs.existsSync(path.join(folder, app, 'node_modules', '.cache', 'typecheck.tsbuildinfo'))).toBe(true);
    expect(second).toBe(first);
  });
});

// Type-checks the tests. Jest compiles TypeScript file by file without types (jest/ts-transform.js),
// and `npm run build` leaves test files out, so this is where a test's type errors are found:
// every workspace's tsconfig.json (which includes its tests) and test/tsconfig.json, in one process
// that parses each shared declaration file once. The Vite apps are left out: their build checks them.
// `node jest/check-test-types.mjs` prints the errors and exits 1 when there are any; the jest
// global setup runs it beside a whole-suite run.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ts = createRequire(path.join(root, 'package.json'))('typescript');

/** The tsconfig.json files whose programs hold tests the build does not check. */
export function testTsconfigs() {
  const { workspaces = [] } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const checkedByTheirBuild = (dir) => Boolean(JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')).scripts?.typecheck);
  return [...workspaces.filter((dir) => !checkedByTheirBuild(dir)), 'test']
    .map((dir) => path.join(root, dir, 'tsconfig.json'))
    .filter((file) => existsSync(file));
}

/** The files `npm run build` type-checks for the workspace of `tsconfig` (its tsconfig.build.json), if it has a build. */
function builtFiles(tsconfig, configHost) {
  const build = path.join(path.dirname(tsconfig), 'tsconfig.build.json');
  if (!existsSync(build)) return new Set();
  const config = ts.getParsedCommandLineOfConfigFile(build, {}, configHost);
  return new Set((config?.fileNames ?? []).map((file) => path.resolve(file)));
}

/** Where the check of `tsconfig` keeps its record for the next run (TypeScript's incremental build information), beside the build's. */
function recordOf(tsconfig) {
  return path.join(path.dirname(tsconfig), 'node_modules', '.cache', 'test-types.tsbuildinfo');
}

/** Type errors of every program, formatted as tsc prints them; empty when there are none. */
export function checkTestTypes(tsconfigs = testTsconfigs()) {
  const parsed = new Map(); // one parse per file for every program with the same parse settings
  // Hashes each file's text as its version, which the record of the last check compares.
  const host = ts.createIncrementalCompilerHost({});
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, settings, onError, fresh) => {
    const key = `${fileName}|${typeof settings === 'object' ? `${settings.languageVersion}:${settings.impliedNodeFormat}` : settings}`;
    if (fresh || !parsed.has(key)) parsed.set(key, getSourceFile(fileName, settings, onError, fresh));
    return parsed.get(key);
  };
  const diagnostics = [];
  const configHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => diagnostics.push(d) };
  for (const tsconfig of tsconfigs) {
    const config = ts.getParsedCommandLineOfConfigFile(tsconfig, { noEmit: true, incremental: true, tsBuildInfoFile: recordOf(tsconfig) }, configHost);
    if (!config) continue;
    diagnostics.push(...config.errors);
    // Incremental: a file whose text and whose dependencies' declarations are as the last check left them is not
    // checked again; its errors, if it had any, come from the record.
    const program = ts.createIncrementalProgram({ rootNames: config.fileNames, options: config.options, host, projectReferences: config.projectReferences, configFileParsingDiagnostics: config.errors });
    diagnostics.push(...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics());
    // The files the build leaves out (tests and their helpers); the build has checked the rest, with the same options.
    const built = builtFiles(tsconfig, configHost);
    const tests = config.fileNames.filter((file) => !built.has(path.resolve(file))).map((file) => program.getSourceFile(file)).filter(Boolean);
    const checked = new Set(tests);
    // Check what changed since the record (every test file the first time), passing over the built files;
    // then every test file's errors, from this check or from the record.
    while (program.getSemanticDiagnosticsOfNextAffectedFile(undefined, (source) => !checked.has(source)));
    for (const source of tests) diagnostics.push(...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source));
    program.emit(); // with noEmit, only the record
  }
  if (!diagnostics.length) return '';
  return ts.formatDiagnostics(ts.sortAndDeduplicateDiagnostics(diagnostics), {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const errors = checkTestTypes();
  if (errors) {
    process.stderr.write(errors);
    process.exitCode = 1;
  }
}

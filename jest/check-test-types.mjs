// Type-checks the tests. Jest compiles TypeScript file by file without types (jest/ts-transform.js),
// and `npm run build` leaves test files out, so this is where a test's type errors are found:
// every workspace's tsconfig.json (which includes its tests) and test/tsconfig.json, in one process
// that parses each shared declaration file once. The Vite apps are left out: their build checks them.
// `node jest/check-test-types.mjs` prints the errors and exits 1 when there are any; the jest
// global setup runs it beside a whole-suite run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles, typeCheckProjects, workspacesByTypeCheck } from '../scripts/lib/type-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The tsconfig.json files whose programs hold tests the build does not check. */
export function testTsconfigs() {
  return [...workspacesByTypeCheck().others, 'test']
    .map((dir) => path.join(root, dir, 'tsconfig.json'))
    .filter((file) => existsSync(file));
}

/** Where the check of `tsconfig` keeps its record for the next run (TypeScript's incremental build information), beside the build's. */
function recordOf(tsconfig) {
  return path.join(path.dirname(tsconfig), 'node_modules', '.cache', 'test-types.tsbuildinfo');
}

/**
 * Type errors of every program, formatted as tsc prints them; empty when there are none. Only the files the build
 * leaves out (tests and their helpers) are reported: the build has checked the rest, with the same options.
 */
export function checkTestTypes(tsconfigs = testTsconfigs()) {
  return typeCheckProjects(tsconfigs, {
    record: recordOf,
    files: (tsconfig, fileNames, configHost) => {
      const built = builtFiles(tsconfig, configHost);
      return fileNames.filter((file) => !built.has(path.resolve(file)));
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const errors = checkTestTypes();
  if (errors) {
    process.stderr.write(errors);
    process.exitCode = 1;
  }
}

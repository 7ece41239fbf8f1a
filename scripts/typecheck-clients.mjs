// `npm run build`'s type-check of the client kit and the three browser apps: every workspace with a `typecheck`
// script, checked as that script checks it (`tsc -p tsconfig.json --noEmit --incremental`, the same record in
// node_modules/.cache/typecheck.tsbuildinfo), but in one process, which parses the declarations they share once.
// Prints the errors and exits 1 when there are any. `npm run typecheck -w <workspace>` still checks one alone.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { typeCheckProjects, workspacesByTypeCheck } from './lib/type-check.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The tsconfig.json of every workspace whose own `typecheck` script checks it. */
export function clientTsconfigs() {
  return workspacesByTypeCheck().own.map((dir) => path.join(root, dir, 'tsconfig.json'));
}

/** Type errors of the kit and the apps, formatted as tsc prints them; empty when there are none. */
export function checkClientTypes(tsconfigs = clientTsconfigs()) {
  return typeCheckProjects(tsconfigs, {
    record: (tsconfig) => path.join(path.dirname(tsconfig), 'node_modules', '.cache', 'typecheck.tsbuildinfo'),
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const errors = checkClientTypes();
  if (errors) {
    process.stderr.write(errors);
    process.exitCode = 1;
  }
}

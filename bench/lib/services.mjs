// Starts what the bench measures, each as its own process so the operating system accounts its CPU
// apart: the four subgraphs (on the scale databases, without seeding), the Caregraph gateway,
// Hive Gateway (JavaScript or Rust router runtime) and the floor. Every process binds 127.0.0.1.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { databaseUrlsFor } from '../../scripts/lib/database.mjs';
import { internalTokenEnv, PRIVATE_KEY_VARIABLE } from '../../scripts/lib/internal-keys.mjs';
import { accountsSigningEnv } from '../../scripts/lib/signing-keys.mjs';
import { startService } from '../../scripts/lib/processes.mjs';
import { GATEWAY, REPO_ROOT, SCHEMA_DIR, SUBGRAPHS, entryPointOf, localGraphqlUrl, opsPortVariableOf } from '../../scripts/lib/subgraphs.mjs';

export const BENCH_DIR = path.join(REPO_ROOT, 'bench');

/** `count` distinct free ports: all held open at once, so none is handed out twice. */
export async function freePorts(count) {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/**
 * The node flags of a measured Caregraph process: `heapLimit` MiB of V8 heap (--max-old-space-size, as the
 * deployment's NODE_OPTIONS sets it) and a CPU profile into `cpuProfDir`, each when given.
 */
export function measuredNodeArgs({ heapLimit = null, cpuProfDir = null } = {}) {
  return [...(heapLimit ? [`--max-old-space-size=${heapLimit}`] : []), ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [])];
}

/** Polls `url` until it answers 200, or rejects after `timeoutMs` naming `name`. */
export async function waitForOk(name, url, timeoutMs = 60_000, init = undefined) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
      last = `${response.status} ${(await response.text()).slice(0, 300)}`;
    } catch (error) {
      last = error.message; // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s (last: ${last})`);
}

/** Keeps the last lines a process printed, for the error message when it fails. */
export function tail(name) {
  const lines = [];
  return {
    onLine: (line) => {
      lines.push(line);
      if (lines.length > 15) lines.shift();
    },
    text: () => `${name}:\n${lines.join('\n')}`,
  };
}

/**
 * The subgraphs on `ports`, on databases `<prefix>accounts`, … of `serverUrl`, with one
 * fresh internal-token key pair (its private half is returned for the gateways and the floor);
 * built from the checkout at `root` (this one unless told); `nodeArgs` (e.g. --cpu-prof) go to each one's node.
 */
export async function startSubgraphs({ serverUrl, prefix, ports, opsPorts, gatewayUrl, root = REPO_ROOT, nodeArgs = [] }) {
  const keys = internalTokenEnv({});
  const urls = databaseUrlsFor(serverUrl, { prefix });
  // As deployed: production mode (graphql-js without its development checks), so with the keys production
  // requires, fresh for the run. The scale data's published password is allowed, as for the gateway.
  const productionEnv = {
    NODE_ENV: 'production',
    ALLOW_DEMO_CREDENTIALS_IN_PRODUCTION: 'true',
    ACCOUNTS_TOTP_KEYS: randomBytes(32).toString('base64'),
    WEBHOOK_SECRET_KEYS: randomBytes(32).toString('base64'),
  };
  const started = SUBGRAPHS.map((service) => {
    const log = tail(service.name);
    const env = {
      ...process.env,
      ...service.processEnv,
      ...keys.subgraphs,
      ...(service.name === 'accounts' ? accountsSigningEnv(process.env) : {}),
      ...productionEnv,
      LOG_LEVEL: 'warn',
      GATEWAY_URL: gatewayUrl,
      // The bench signs in one client many times: login back-off must not lock it out.
      LOGIN_IP_MAX_FAILURES: '1000000',
      [`${service.envPrefix}_PORT`]: String(ports[service.name]),
      // /live, /ready and /metrics: on a port of their own.
      [opsPortVariableOf(service)]: String(opsPorts[service.name]),
      [`${service.envPrefix}_DATABASE_URL`]: urls[service.name],
    };
    delete env[PRIVATE_KEY_VARIABLE];
    return { ...startService({ name: service.name, entryPoint: entryPointOf(service, root), args: ['serve'], env, onLine: log.onLine, nodeArgs }), log };
  });
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, localGraphqlUrl(ports[s.name])]));
  try {
    await Promise.all(SUBGRAPHS.map((s) => waitForOk(s.name, subgraphUrls[s.name].replace(/\/graphql$/, '/health'))));
  } catch (error) {
    await Promise.all(started.map((s) => s.stop()));
    throw new Error(`${error.message}\n${started.map((s) => s.log.text()).join('\n')}`);
  }
  return {
    urls: subgraphUrls,
    metricsUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${opsPorts[s.name]}/metrics`])),
    pids: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, started[i].child.pid])),
    databases: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `${prefix}${s.database}`])),
    privateKey: keys.gateway[PRIVATE_KEY_VARIABLE],
    stop: () => Promise.all(started.map((s) => s.stop())),
    /** The last lines each subgraph printed, and how it exited if it has: for a failed run's message. */
    logs: () => started.map((s) => `${s.log.text()}${s.child.exitCode !== null || s.child.signalCode !== null ? `\n(exited: ${s.child.exitCode ?? s.child.signalCode})` : ''}`).join('\n'),
  };
}

/** Wraps a started child: its pid, GraphQL URL and stop(). */
function contender(name, service, url) {
  return { name, pid: service.child.pid, url, stop: () => service.stop(), log: service.log };
}

/**
 * The Caregraph gateway in production mode, limits on; rate limits high enough never to trigger; built
 * from the checkout at `root` (this one unless told). `extraEnv` values of undefined remove a setting.
 */
export async function startCaregraphGateway({ port, opsPort, subgraphs, extraEnv = {}, nodeArgs = [], root = REPO_ROOT }) {
  const log = tail('caregraph');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    // The scale data's accounts share a published password (README, `npm run seed:scale`): a production
    // gateway would refuse to serve them, rightly anywhere but here.
    ALLOW_DEMO_CREDENTIALS_IN_PRODUCTION: 'true',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    OPS_PORT: String(opsPort),
    [PRIVATE_KEY_VARIABLE]: subgraphs.privateKey,
    GATEWAY_RATE_LIMIT_PER_IP: '1000000000',
    GATEWAY_RATE_LIMIT_PER_USER: '1000000000',
    SUPERGRAPH_WATCH: 'false',
    // Off in the contenders' comparison (none of the others caches); `--public-cache` turns it on to compare.
    GATEWAY_RESPONSE_CACHE: 'off',
    ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, subgraphs.urls[s.name]])),
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
  const entryPoint = entryPointOf(GATEWAY, root);
  const child = spawn(process.execPath, [...nodeArgs, entryPoint], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const service = wrapChild('caregraph', child, log);
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitOrFail(service, `http://127.0.0.1:${opsPort}/ready`);
  return { ...contender('caregraph', service, url), opsUrl: `http://127.0.0.1:${opsPort}` };
}

/** A child process with the same stop()/exited shape as startService's. */
function wrapChild(name, child, log) {
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop();
      lines.forEach(log.onLine);
    });
  }
  return {
    name,
    child,
    log,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

async function waitOrFail(service, url) {
  try {
    await Promise.race([
      waitForOk(service.name, url),
      service.exited.then((how) => {
        throw new Error(`${service.name} exited during start-up (${JSON.stringify(how)})`);
      }),
    ]);
  } catch (error) {
    await service.stop();
    throw new Error(`${error.message}\n${service.log.text()}`);
  }
}

/** The committed supergraph with each subgraph's URL replaced by where the bench runs it. */
export function writeBenchSupergraph(source, subgraphUrls, file) {
  let sdl = source;
  for (const s of SUBGRAPHS) sdl = sdl.replaceAll(`"${s.url}"`, `"${subgraphUrls[s.name]}"`);
  writeFileSync(file, sdl);
  return file;
}

/**
 * Hive Gateway over the same supergraph, with bench/hive/gateway.config.mjs: the plugin that
 * verifies the user's token and signs each subgraph's internal token, as the Caregraph gateway does.
 * `router` switches on its Rust query planner and executor (--hive-router-runtime).
 */
export async function startHiveGateway({ port, supergraphFile, subgraphs, router, accountsJwksUrl }) {
  const name = router ? 'hive-router' : 'hive';
  const log = tail(name);
  const bin = path.join(BENCH_DIR, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
  const args = [bin, 'supergraph', supergraphFile, '--port', String(port), '--host', '127.0.0.1', '--config-path', path.join(BENCH_DIR, 'hive', 'gateway.config.mjs'), '--disable-websockets', '--fork', '1'];
  if (router) args.push('--hive-router-runtime');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    BENCH_INTERNAL_TOKEN_PRIVATE_KEY: subgraphs.privateKey,
    BENCH_ACCOUNTS_JWKS_URL: accountsJwksUrl,
    BENCH_SUBGRAPH_URLS: JSON.stringify(subgraphs.urls),
  };
  const child = spawn(process.execPath, args, { env, cwd: BENCH_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
  const service = wrapChild(name, child, log);
  await waitOrFail(service, `http://127.0.0.1:${port}/healthcheck`);
  return contender(name, service, `http://127.0.0.1:${port}/graphql`);
}

/** The floor: bench/floor/server.mjs replaying each operation's recorded subgraph fetches. */
export async function startFloor({ port, plansFile, subgraphs }) {
  const log = tail('floor');
  const env = { ...process.env, BENCH_INTERNAL_TOKEN_PRIVATE_KEY: subgraphs.privateKey, BENCH_FLOOR_PLANS: plansFile, PORT: String(port) };
  const child = spawn(process.execPath, [path.join(BENCH_DIR, 'floor', 'server.mjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const service = wrapChild('floor', child, log);
  await waitOrFail(service, `http://127.0.0.1:${port}/health`);
  return contender('floor', service, `http://127.0.0.1:${port}/graphql`);
}

export { SCHEMA_DIR };

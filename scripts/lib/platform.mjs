// The core of `npm start`, reusable by the end-to-end tests: given a PostgreSQL server, create the
// five databases, migrate and seed them, start the five subgraphs and the gateway as separate
// processes, and wait until the gateway reports every subgraph ready.
import { assertServerReachable, cloneDatabases, databaseUrlsFor, ensureDatabases, withoutPassword } from './database.mjs';
import { PRIVATE_KEY_VARIABLE, internalTokenEnv } from './internal-keys.mjs';
import { accountsSigningEnv } from './signing-keys.mjs';
import { createLogFormatter } from './log-format.mjs';
import { ADMIN_APP, STATIC_APPS, THERAPIST_APP, WEB_APP, startStaticAppServer } from './static-app-server.mjs';
import { freePortOutside } from './ports.mjs';
import { assertBuilt, describeExit, runCommand, startService } from './processes.mjs';
import { startRoundRobin } from './round-robin.mjs';
import { GATEWAY, SUBGRAPHS, WORKER, entryPointOf, localGraphqlUrl, opsPortVariableOf, opsPortsFromEnv } from './subgraphs.mjs';

/** How long the platform gets to answer `/ready` after its processes were started. */
export const READY_TIMEOUT_MS = 60_000;

/** Raised when the platform could not be started; the message is meant for the terminal. */
export class PlatformStartError extends Error {}

/** Default ports by service name (docs/architecture.md#ports). */
export function defaultPorts() {
  return Object.fromEntries([GATEWAY, ...SUBGRAPHS].map((s) => [s.name, s.defaultPort]));
}

/**
 * The addresses of a platform on `ports`, with the gateway on `gatewayHost`; readiness and
 * metrics on the operations ports (`opsPorts`, default each port + 100000), which stay on loopback.
 */
export function platformUrls(ports, gatewayHost = '127.0.0.1', opsPorts = opsPortsFromEnv(ports, {})) {
  const host = gatewayHost === '0.0.0.0' || gatewayHost === '::' ? '127.0.0.1' : gatewayHost;
  const base = `http://${host}:${ports[GATEWAY.name]}`;
  const ops = `http://127.0.0.1:${opsPorts[GATEWAY.name]}`;
  return {
    gateway: `${base}/graphql`,
    health: `${base}/health`,
    ready: `${ops}/ready`,
    metrics: `${ops}/metrics`,
    subgraphs: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, localGraphqlUrl(ports[s.name])])),
    subgraphMetrics: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${opsPorts[s.name]}/metrics`])),
  };
}

/** GET `url`, resolving with the status and parsed JSON body (or undefined when nothing answers). */
async function getJson(url, timeoutMs) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.json().catch(() => undefined);
    return { status: response.status, body };
  } catch {
    return undefined;
  }
}

/** Names of the services that do not answer their health check (the gateway's `/health`, each subgraph's). */
async function servicesNotUp(urls) {
  const checks = [[GATEWAY.name, urls.health], ...SUBGRAPHS.map((s) => [s.name, urls.subgraphs[s.name].replace(/\/graphql$/, '/health')])];
  const results = await Promise.all(checks.map(async ([name, url]) => [name, (await getJson(url, 2000))?.status === 200]));
  return results.filter(([, up]) => !up).map(([name]) => name);
}

/** Polls the gateway's `/ready` until it answers 200; rejects naming the services not up after `timeoutMs`. */
async function waitUntilReady(urls, timeoutMs, signal) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    signal.throwIfAborted();
    if ((await getJson(urls.ready, 2000))?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const notUp = await servicesNotUp(urls);
  throw new PlatformStartError(
    `Caregraph did not become ready within ${Math.round(timeoutMs / 1000)} s. Not up: ${notUp.length ? notUp.join(', ') : 'none answered /ready with 200 (check the log above)'}.`,
  );
}

/** Waits until every replica answers on its own port: each gateway's `/ready`, each subgraph's `/health`. */
async function everyReplicaUp(replicaPorts, timeoutMs, signal) {
  const deadline = Date.now() + timeoutMs;
  const checks = [...replicaPorts].flatMap(([name, own]) =>
    own.map(({ port, opsPort }) => (name === GATEWAY.name ? `http://127.0.0.1:${opsPort}/ready` : `http://127.0.0.1:${port}/health`)),
  );
  for (const url of checks) {
    while ((await getJson(url, 2000))?.status !== 200) {
      signal.throwIfAborted();
      if (Date.now() > deadline) throw new PlatformStartError(`a replica did not become ready within ${Math.round(timeoutMs / 1000)} s (${url})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Starts the whole platform on an existing PostgreSQL server.
 *
 * @param {object} options
 * @param {string} options.databaseUrl   The server (any database name; each subgraph gets its own database on it).
 * @param {Record<string,string>} [options.databaseUrls] Per-subgraph database URLs, overriding `databaseUrl`.
 * @param {string} [options.databasePrefix] Prefix for the database names, e.g. `e2e_` to keep tests apart from development data.
 * @param {Record<string,number>} [options.ports] Ports by service name (gateway, accounts, …); defaults 4000, 4101–4105.
 * @param {number} [options.workerOpsPort] The delivery worker's operations port (default WORKER_OPS_PORT, else 14200).
 * @param {Record<string,number>} [options.opsPorts] Operations ports (/live, /ready, /metrics) by service name; default each port + 100000.
 * @param {string} [options.gatewayHost] Address the gateway binds (default 127.0.0.1: development data stays on this machine).
 * @param {boolean} [options.seed] Write the demo data (each seeder only writes into empty tables). Default true.
 * @param {Record<string,string>} [options.env] Extra environment for every child process.
 * @param {string} [options.logLevel] LOG_LEVEL of the services (default: LOG_LEVEL, else warn; migrate/seed log at info).
 * @param {(line: string) => void} [options.log] Receives every output line, already prefixed and formatted.
 * @param {number} [options.readyTimeoutMs] How long to wait for `/ready` (default 60 s).
 * @param {string} [options.templatePrefix] Copy each database from `<templatePrefix><database>` (made by an earlier
 *   `prepareOnly` start) instead of creating, migrating and seeding it: tests start many platforms from one.
 * @param {boolean} [options.prepareOnly] Create, migrate and seed the databases, then return `{ databases }`
 *   without starting anything.
 * @param {AbortSignal} [options.signal] Aborts the start (e.g. Ctrl-C); whatever was started is stopped.
 * @param {number} [options.replicas] Processes of the gateway and of each subgraph (default 1). Above 1, each
 *   service's port is a round-robin over its replicas (on ports of their own), every process is told
 *   REPLICAS, and REDIS_URL must be set (accounts and the gateway refuse to start without it).
 * @param {Record<string,number>} [options.appPorts] Ports of the browser apps by name (`admin`, `web`, `therapist`);
 *   default their variable (ADMIN_PORT, WEB_PORT, THERAPIST_PORT), else 5173, 5174 and 5175. Each is served when built.
 * @returns {Promise<{ urls: ReturnType<typeof platformUrls>, databases: Record<string,string>, exited: Promise<{ name: string, code: number|null, signal: string|null }>, stop(): Promise<void> }>}
 *   `exited` resolves when a service dies without being asked to; `stop()` stops the gateway, then the subgraphs.
 */
export async function startPlatform(options) {
  const {
    databaseUrl,
    databasePrefix = '',
    seed = true,
    env = {},
    gatewayHost = '127.0.0.1',
    log = (line) => process.stdout.write(`${line}\n`),
    readyTimeoutMs = READY_TIMEOUT_MS,
    signal = new AbortController().signal,
  } = options;
  const replicas = options.replicas ?? 1;
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 8) throw new PlatformStartError(`replicas must be a whole number from 1 to 8, got ${replicas}`);
  const ports = { ...defaultPorts(), ...options.ports };
  const opsPorts = { ...opsPortsFromEnv(ports, {}), ...options.opsPorts };
  const urls = platformUrls(ports, gatewayHost, opsPorts);
  const workerOpsPort = options.workerOpsPort ?? Number(env[WORKER.opsPortVariable] ?? process.env[WORKER.opsPortVariable] ?? WORKER.defaultOpsPort);
  urls.worker = `http://127.0.0.1:${workerOpsPort}`;
  const databaseUrls = options.databaseUrls ?? databaseUrlsFor(databaseUrl, { prefix: databasePrefix });
  const inherited = { ...process.env, ...env, ...(replicas > 1 ? { REPLICAS: String(replicas) } : {}) };
  const serviceLevel = options.logLevel ?? inherited.LOG_LEVEL ?? 'warn';
  const commandLevel = options.logLevel ?? inherited.LOG_LEVEL ?? 'info';
  const format = createLogFormatter();
  const tails = new Map(); // the last lines of each service, for the error message when it dies
  const lineTo = (name) => (line) => {
    const formatted = format(name, line);
    const tail = tails.get(name) ?? [];
    tail.push(formatted);
    if (tail.length > 8) tail.shift();
    tails.set(name, tail);
    log(formatted);
  };

  for (const service of [...SUBGRAPHS, GATEWAY, WORKER]) assertBuilt(entryPointOf(service));
  if (databaseUrl) await assertServerReachable(databaseUrl);
  const { templatePrefix } = options;
  if (templatePrefix) await cloneDatabases(databaseUrls, templatePrefix);
  const created = templatePrefix ? Object.keys(databaseUrls) : await ensureDatabases(databaseUrls);
  if (created.length) log(format('caregraph', `created databases: ${created.join(', ')}${templatePrefix ? ` (copies of ${templatePrefix}*)` : ''}`));

  const keys = internalTokenEnv(inherited);
  const accountsKeys = accountsSigningEnv(inherited);
  // Mail links open the app each person uses, on the port it is served on here (unless set outright).
  const appPortOf = (app) => options.appPorts?.[app.name] ?? inherited[app.portVariable] ?? app.defaultPort;
  const accountsLinks = {
    APP_BASE_URL: inherited.APP_BASE_URL ?? `http://localhost:${appPortOf(WEB_APP)}`,
    THERAPIST_APP_BASE_URL: inherited.THERAPIST_APP_BASE_URL ?? `http://localhost:${appPortOf(THERAPIST_APP)}`,
  };
  const subgraphEnv = (service, level) => {
    const childEnv = {
      ...inherited,
      ...service.processEnv,
      ...keys.subgraphs,
      // Only accounts signs user access tokens, and it acts through the graph (account erasure).
      ...(service.name === 'accounts' ? { ...accountsKeys, ...accountsLinks } : {}),
      // Subgraphs ask the rest of the graph through the gateway (ctx.graph; accounts' erasure calls).
      GATEWAY_URL: urls.gateway,
      LOG_LEVEL: level,
      [`${service.envPrefix}_PORT`]: String(ports[service.name]),
      [opsPortVariableOf(service)]: String(opsPorts[service.name]),
      [`${service.envPrefix}_DATABASE_URL`]: databaseUrls[service.name],
    };
    // Only the gateway signs: its private key never reaches a subgraph.
    delete childEnv[PRIVATE_KEY_VARIABLE];
    delete childEnv[`${PRIVATE_KEY_VARIABLE}_FILE`];
    return childEnv;
  };

  const workerEnv = (level) => ({
    ...inherited,
    ...keys.gateway,
    ...accountsLinks,
    ADMIN_APP_BASE_URL: inherited.ADMIN_APP_BASE_URL ?? `http://localhost:${appPortOf(ADMIN_APP)}`,
    LOG_LEVEL: level,
    [WORKER.opsPortVariable]: String(workerOpsPort),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_DATABASE_URL`, databaseUrls[s.name]])),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, urls.subgraphs[s.name]])),
  });
  // A copy of a prepared template is migrated and seeded already.
  if (!templatePrefix) {
    // Each subgraph owns its database, so the four migrate-then-seed chains can run side by side;
    // the first failure stops the others, so nothing keeps writing after start-up has given up.
    const commands = new AbortController();
    const abortCommands = () => commands.abort(signal.reason);
    signal.addEventListener('abort', abortCommands, { once: true });
    const results = await Promise.allSettled(
      SUBGRAPHS.map(async (service) => {
        const command = (args) =>
          runCommand({
            name: service.name,
            entryPoint: entryPointOf(service),
            args,
            env: subgraphEnv(service, commandLevel),
            onLine: lineTo(service.name),
            signal: commands.signal,
          });
        try {
          // Seeding in the migrating process: one start of the subgraph's modules instead of two.
          await command(seed ? ['migrate', '--seed'] : ['migrate']);
        } catch (error) {
          commands.abort(error);
          throw error;
        }
      }),
    );
    signal.removeEventListener('abort', abortCommands);
    signal.throwIfAborted();
    const failures = [...new Set(results.filter((r) => r.status === 'rejected').map((r) => r.reason.message))];
    if (failures.length) throw new PlatformStartError(failures.join('\n'));
    // The delivery worker's queue lives in the notifications database, made once that database has its tables.
    await runCommand({ name: WORKER.name, entryPoint: entryPointOf(WORKER), args: ['migrate'], env: workerEnv(commandLevel), onLine: lineTo(WORKER.name), signal });
  }
  if (options.prepareOnly) return { databases: Object.fromEntries(Object.entries(databaseUrls).map(([name, url]) => [name, withoutPassword(url)])) };

  // With replicas, each process gets a port of its own and the service's port becomes their round-robin. None of
  // the configured ports is bound yet, so the system could report one of them free: those are left out.
  const replicaPorts = new Map();
  const taken = new Set([...Object.values(ports), ...Object.values(opsPorts), workerOpsPort, ...STATIC_APPS.map(appPortOf)].map(Number));
  for (const service of [GATEWAY, ...SUBGRAPHS]) {
    const own = [];
    for (let i = 0; i < replicas; i++) own.push(replicas === 1 ? { port: ports[service.name], opsPort: opsPorts[service.name] } : { port: await freePortOutside(taken), opsPort: i === 0 ? opsPorts[service.name] : await freePortOutside(taken) });
    replicaPorts.set(service.name, own);
  }
  if (replicas > 1) {
    // Each replica's own address (past the round-robin), for tools and tests that must reach one in particular.
    urls.replicas = Object.fromEntries(
      [...replicaPorts].map(([name, own]) => [name, own.map(({ port, opsPort }) => ({ url: `http://127.0.0.1:${port}/graphql`, ops: `http://127.0.0.1:${opsPort}` }))]),
    );
  }
  const replicaName = (service, i) => (replicas === 1 ? service.name : `${service.name}-${i + 1}`);
  const services = SUBGRAPHS.flatMap((service) =>
    replicaPorts.get(service.name).map(({ port, opsPort }, i) =>
      startService({
        name: replicaName(service, i),
        entryPoint: entryPointOf(service),
        args: ['serve'],
        env: { ...subgraphEnv(service, serviceLevel), [`${service.envPrefix}_PORT`]: String(port), [opsPortVariableOf(service)]: String(opsPort) },
        onLine: lineTo(replicaName(service, i)),
      }),
    ),
  );
  const gatewayEnv = {
    ...inherited,
    ...keys.gateway,
    LOG_LEVEL: serviceLevel,
    HOST: gatewayHost,
    [GATEWAY.portVariable]: String(ports[GATEWAY.name]),
    [GATEWAY.opsPortVariable]: String(opsPorts[GATEWAY.name]),
    ...Object.fromEntries(SUBGRAPHS.map((s) => [s.urlVariable, urls.subgraphs[s.name]])),
  };
  const gateways = replicaPorts.get(GATEWAY.name).map(({ port, opsPort }, i) =>
    startService({
      name: replicaName(GATEWAY, i),
      entryPoint: entryPointOf(GATEWAY),
      env: { ...gatewayEnv, [GATEWAY.portVariable]: String(port), [GATEWAY.opsPortVariable]: String(opsPort) },
      onLine: lineTo(replicaName(GATEWAY, i)),
    }),
  );
  const worker = startService({ name: WORKER.name, entryPoint: entryPointOf(WORKER), args: ['serve'], env: workerEnv(serviceLevel), onLine: lineTo(WORKER.name) });
  const all = [...gateways, worker, ...services];
  const balancers = [];

  let stopping;
  const apps = [];
  const stop = () => {
    stopping ??= (async () => {
      await Promise.all(apps.map((app) => app.stop?.()));
      // The gateway first, so no request reaches a subgraph that is going away; the worker drains its jobs.
      await Promise.all([...gateways.map((g) => g.stop()), worker.stop()]);
      await Promise.all(services.map((s) => s.stop()));
      await Promise.all(balancers.map((b) => b.close()));
    })();
    return stopping;
  };
  if (replicas > 1) {
    try {
      for (const service of [GATEWAY, ...SUBGRAPHS]) {
        const host = service === GATEWAY ? gatewayHost : '127.0.0.1';
        balancers.push(await startRoundRobin({ port: ports[service.name], host, backends: replicaPorts.get(service.name).map((r) => r.port) }));
      }
    } catch (error) {
      await stop();
      throw new PlatformStartError(`could not open the round-robin in front of the replicas: ${error.message}`);
    }
    log(format('caregraph', `${replicas} replicas of the gateway and of each subgraph, behind a round-robin on each service's port`));
  }
  const unasked = (process) => process.exited.then((how) => (stopping ? new Promise(() => {}) : { name: process.name, ...how }));
  // Any process that dies while starting fails the start.
  const anyExited = Promise.race(all.map(unasked));
  // Once up, a service is lost when its last replica is: until then the round-robin skips the dead one.
  let running = false;
  const lastOf = (processes) => {
    let left = processes.length;
    return Promise.race(
      processes.map((process) =>
        unasked(process).then((how) => {
          left -= 1;
          if (left > 0 && running) log(format('caregraph', `${process.name} exited (${describeExit(how)}); ${left} of ${processes.length} replicas still serve`));
          return left === 0 ? how : new Promise(() => {});
        }),
      ),
    );
  };
  const exited = Promise.race([
    unasked(worker),
    lastOf(gateways).then((how) => ({ ...how, name: GATEWAY.name })),
    ...SUBGRAPHS.map((service) => lastOf(services.filter((s) => s.name === service.name || s.name.startsWith(`${service.name}-`))).then((how) => ({ ...how, name: service.name }))),
  ]);

  try {
    await Promise.race([
      waitUntilReady(urls, readyTimeoutMs, signal),
      anyExited.then((how) => {
        const tail = tails.get(how.name) ?? [];
        throw new PlatformStartError(
          `${how.name} exited during start-up (${describeExit(how)})${tail.length ? `; its last output:\n${tail.join('\n')}` : ''}`,
        );
      }),
      new Promise((_, reject) => {
        if (signal.aborted) reject(signal.reason);
        else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }),
    ]);
    if (replicas > 1) await everyReplicaUp(replicaPorts, readyTimeoutMs, signal);
    running = true;
  } catch (error) {
    await stop();
    throw error;
  }
  // The browser apps are a convenience: without a build, or with a port taken, the platform runs on.
  for (const app of STATIC_APPS) {
    const served = await startStaticAppServer(app, { gatewayUrl: urls.gateway, port: options.appPorts?.[app.name], env: inherited });
    apps.push(served);
    if (served.url) urls[app.name] = served.url;
    else log(format('caregraph', `${app.label} not served: ${served.skipped}`));
  }
  // Aborted while the apps started (Ctrl-C once the services were ready): the start is still aborted, and the
  // caller, which stops only a platform it was given, must not be handed one.
  if (signal.aborted) {
    await stop();
    throw signal.reason;
  }
  return {
    urls,
    databases: Object.fromEntries(Object.entries(databaseUrls).map(([name, url]) => [name, withoutPassword(url)])),
    exited,
    stop,
  };
}

// The core of `npm start`, reusable by the end-to-end tests: given a PostgreSQL server, create the
// four databases, migrate and seed them, start the four subgraphs and the gateway as separate
// processes, and wait until the gateway reports every subgraph ready.
import { assertServerReachable, databaseUrlsFor, ensureDatabases, withoutPassword } from './database.mjs';
import { PRIVATE_KEY_VARIABLE, internalTokenEnv } from './internal-keys.mjs';
import { accountsSigningEnv } from './signing-keys.mjs';
import { createLogFormatter } from './log-format.mjs';
import { STATIC_APPS, THERAPIST_APP, WEB_APP, startStaticAppServer } from './static-app-server.mjs';
import { assertBuilt, describeExit, runCommand, startService } from './processes.mjs';
import { GATEWAY, SUBGRAPHS, entryPointOf, localGraphqlUrl, opsPortVariableOf, opsPortsFromEnv } from './subgraphs.mjs';

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

/**
 * Starts the whole platform on an existing PostgreSQL server.
 *
 * @param {object} options
 * @param {string} options.databaseUrl   The server (any database name; each subgraph gets its own database on it).
 * @param {Record<string,string>} [options.databaseUrls] Per-subgraph database URLs, overriding `databaseUrl`.
 * @param {string} [options.databasePrefix] Prefix for the database names, e.g. `e2e_` to keep tests apart from development data.
 * @param {Record<string,number>} [options.ports] Ports by service name (gateway, accounts, …); defaults 4000, 4101–4104.
 * @param {Record<string,number>} [options.opsPorts] Operations ports (/live, /ready, /metrics) by service name; default each port + 100000.
 * @param {string} [options.gatewayHost] Address the gateway binds (default 127.0.0.1: development data stays on this machine).
 * @param {boolean} [options.seed] Write the demo data (each seeder only writes into empty tables). Default true.
 * @param {Record<string,string>} [options.env] Extra environment for every child process.
 * @param {string} [options.logLevel] LOG_LEVEL of the services (default: LOG_LEVEL, else warn; migrate/seed log at info).
 * @param {(line: string) => void} [options.log] Receives every output line, already prefixed and formatted.
 * @param {number} [options.readyTimeoutMs] How long to wait for `/ready` (default 60 s).
 * @param {AbortSignal} [options.signal] Aborts the start (e.g. Ctrl-C); whatever was started is stopped.
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
  const ports = { ...defaultPorts(), ...options.ports };
  const opsPorts = { ...opsPortsFromEnv(ports, {}), ...options.opsPorts };
  const urls = platformUrls(ports, gatewayHost, opsPorts);
  const databaseUrls = options.databaseUrls ?? databaseUrlsFor(databaseUrl, { prefix: databasePrefix });
  const inherited = { ...process.env, ...env };
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

  for (const service of [...SUBGRAPHS, GATEWAY]) assertBuilt(entryPointOf(service));
  if (databaseUrl) await assertServerReachable(databaseUrl);
  const created = await ensureDatabases(databaseUrls);
  if (created.length) log(format('caregraph', `created databases: ${created.join(', ')}`));

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
        await command(['migrate']);
        if (seed) await command(['seed']);
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

  const services = SUBGRAPHS.map((service) =>
    startService({ name: service.name, entryPoint: entryPointOf(service), args: ['serve'], env: subgraphEnv(service, serviceLevel), onLine: lineTo(service.name) }),
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
  const gateway = startService({ name: GATEWAY.name, entryPoint: entryPointOf(GATEWAY), env: gatewayEnv, onLine: lineTo(GATEWAY.name) });
  const all = [gateway, ...services];

  let stopping;
  const apps = [];
  const stop = () => {
    stopping ??= (async () => {
      await Promise.all(apps.map((app) => app.stop?.()));
      // The gateway first, so no request reaches a subgraph that is going away.
      await gateway.stop();
      await Promise.all(services.map((s) => s.stop()));
    })();
    return stopping;
  };
  const exited = Promise.race(
    all.map((s) => s.exited.then((how) => (stopping ? new Promise(() => {}) : { name: s.name, ...how }))),
  );

  try {
    await Promise.race([
      waitUntilReady(urls, readyTimeoutMs, signal),
      exited.then((how) => {
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
  return {
    urls,
    databases: Object.fromEntries(Object.entries(databaseUrls).map(([name, url]) => [name, withoutPassword(url)])),
    exited,
    stop,
  };
}

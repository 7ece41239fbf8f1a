// `npm start`: runs the whole platform on this machine. Without DATABASE_URL it starts an embedded
// PostgreSQL (data in .data/postgres, kept across restarts); then creates the databases, migrates,
// seeds the demo data, starts the five subgraphs and the gateway, and prints where everything is.
// Ctrl-C stops the gateway, then the subgraphs, then PostgreSQL.
//
// Environment: DATABASE_URL (an external server), PORT (gateway, 4000), ACCOUNTS_PORT, THERAPISTS_PORT,
// BOOKINGS_PORT, CARE_PLANS_PORT, NOTIFICATIONS_PORT (4101–4105), OPS_PORT and <PREFIX>_OPS_PORT (each service's /live, /ready
// and /metrics: its port + 10000, on 127.0.0.1), EMBEDDED_PG_PORT (54329), GATEWAY_HOST (127.0.0.1),
// LOG_LEVEL (services default to warn), ADMIN_PORT, WEB_PORT and THERAPIST_PORT (the admin dashboard on
// 5173, the client app on 5174 and the therapist workspace on 5175, each served when built). Flags: --no-seed skips the demo data; --database-prefix=<p>
// names the databases <p>accounts, <p>therapists, … (tests keep their data apart that way);
// --prepare-only creates, migrates and seeds those databases, then exits; --database-template=<t> copies
// each from <t>accounts, <t>therapists, … (prepared so) instead: a test run migrates and seeds once;
// --replicas=<n> runs n processes of the gateway and of each subgraph behind a round-robin on each
// service's port (REDIS_URL required: the scale-out, tried on one machine).
// Started with an IPC channel (as test/support/platform.ts does), it reports { type: 'ready', urls,
// databases } or { type: 'failed', message } to its parent, and stops when the parent goes away.
import { demoLogins, exampleQuery, mailFolder, renderBanner } from './lib/banner.mjs';
import { assertPostgresUrl, assertServerReachable, databaseUrlsFor, describeServer } from './lib/database.mjs';
import { EMBEDDED_PG_DEFAULT_PORT } from './lib/embedded-postgres-settings.mjs';
import { startEmbeddedPostgresProcess } from './lib/embedded-postgres-process.mjs';
import { describeExit } from './lib/processes.mjs';
import { assertPortsFree } from './lib/ports.mjs';
import { startPlatform } from './lib/platform.mjs';
import { GATEWAY, SUBGRAPHS, WORKER, displayPath, opsPortsFromEnv, portFromEnv, portsFromEnv } from './lib/subgraphs.mjs';

const say = (line) => process.stdout.write(`${line}\n`);
const complain = (line) => process.stderr.write(`${line}\n`);
const env = process.env;
const args = process.argv.slice(2);
const seed = !args.includes('--no-seed');
const databasePrefix = optionValue('--database-prefix') ?? '';
const prepareOnly = args.includes('--prepare-only');
const templatePrefix = optionValue('--database-template');
const replicas = Number(optionValue('--replicas') ?? 1);
const abort = new AbortController();
let postgres;
let platform;
let shuttingDown;

/** The value of `--name=value` or `--name value`, if given. */
function optionValue(name) {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  return args[index].includes('=') ? args[index].slice(name.length + 1) : args[index + 1];
}

/** The banner is a courtesy: a missing piece of it must not bring the platform down. */
function safely(read, fallback) {
  try {
    return read();
  } catch (error) {
    complain(`caregraph: ${error.message}`);
    return fallback;
  }
}

/** Tells the parent process, when there is one listening over IPC. */
function report(message) {
  if (process.send && process.connected) process.send(message);
}

/** Stops everything in order (gateway, subgraphs, PostgreSQL) and exits with `code`. */
function shutdown(code) {
  shuttingDown ??= (async () => {
    try {
      await platform?.stop();
      await postgres?.stop();
    } catch (error) {
      complain(`caregraph: while stopping: ${error.message}`);
      code = code || 1;
    }
    process.exit(code);
  })();
  return shuttingDown;
}

function onSignal(signal) {
  if (abort.signal.aborted) return; // npm forwards the terminal's signal too: one is enough
  say(`\ncaregraph: ${signal} received, stopping…`);
  abort.abort(new Error(signal));
  // Still starting: main() notices the abort, stops what it started and exits.
  if (platform) void shutdown(0);
}
process.on('SIGINT', () => onSignal('SIGINT'));
process.on('SIGTERM', () => onSignal('SIGTERM'));
// Started by a test or tool over IPC: when it goes away, so does the platform.
if (process.send) process.once('disconnect', () => onSignal('parent exited'));

async function main() {
  const gatewayHost = env.GATEWAY_HOST || '127.0.0.1';
  const ports = portsFromEnv(env);
  const opsPorts = opsPortsFromEnv(ports, env);
  const external = Boolean(env.DATABASE_URL);
  const postgresPort = portFromEnv(env, 'EMBEDDED_PG_PORT', EMBEDDED_PG_DEFAULT_PORT);
  const workerOpsPort = portFromEnv(env, WORKER.opsPortVariable, WORKER.defaultOpsPort);
  // Preparing databases serves nothing: no port needs to be free.
  await assertPortsFree([
    ...(prepareOnly ? [] : [
      { port: workerOpsPort, owner: 'delivery worker operations endpoints' },
      { port: ports[GATEWAY.name], owner: GATEWAY.name, host: gatewayHost },
      ...SUBGRAPHS.map((s) => ({ port: ports[s.name], owner: s.name })),
      ...[GATEWAY, ...SUBGRAPHS].map((s) => ({ port: opsPorts[s.name], owner: `${s.name} operations endpoints` })),
    ]),
    ...(external ? [] : [{ port: postgresPort, owner: 'embedded PostgreSQL' }]),
  ]);

  let serverUrl;
  let databaseDescription;
  if (external) {
    assertPostgresUrl(env.DATABASE_URL, 'DATABASE_URL');
    await assertServerReachable(env.DATABASE_URL, 'DATABASE_URL');
    serverUrl = env.DATABASE_URL;
    databaseDescription = `PostgreSQL at ${describeServer(serverUrl)} (DATABASE_URL)`;
  } else {
    say(`caregraph: starting embedded PostgreSQL on port ${postgresPort}…`);
    postgres = await startEmbeddedPostgresProcess({ port: postgresPort });
    if (postgres.firstRun) say(`caregraph: created a new PostgreSQL cluster in ${postgres.dataDir}`);
    serverUrl = postgres.url;
    databaseDescription = `embedded PostgreSQL on 127.0.0.1:${postgresPort}, data in ${displayPath(postgres.dataDir)}`;
  }
  abort.signal.throwIfAborted();

  say(`caregraph: migrating${seed ? ' and seeding' : ''} the databases, then starting the services…`);
  platform = await startPlatform({
    databaseUrl: serverUrl,
    databaseUrls: databaseUrlsFor(serverUrl, { env, prefix: databasePrefix }),
    ports,
    opsPorts,
    workerOpsPort,
    gatewayHost,
    seed,
    templatePrefix,
    prepareOnly,
    replicas,
    signal: abort.signal,
  });
  if (prepareOnly) {
    say(`caregraph: databases ready: ${Object.values(platform.databases).join(', ')}`);
    report({ type: 'prepared', databases: platform.databases });
    platform = undefined;
    return shutdown(0);
  }
  say(renderBanner({ urls: platform.urls, database: databaseDescription, databases: platform.databases, logins: safely(demoLogins, []), query: safely(exampleQuery, ''), mailDir: safely(mailFolder, undefined) }));
  report({ type: 'ready', urls: platform.urls, databases: platform.databases });

  const death = await Promise.race([
    platform.exited,
    ...(postgres ? [postgres.exited.then((how) => ({ name: 'embedded PostgreSQL', ...how }))] : []),
  ]);
  if (shuttingDown) return;
  complain(`caregraph: ${death.name} exited unexpectedly (${describeExit(death)}); stopping everything.`);
  report({ type: 'failed', message: `${death.name} exited unexpectedly (${describeExit(death)})` });
  await shutdown(1);
}

main().catch(async (error) => {
  if (abort.signal.aborted) return shutdown(0);
  complain(`caregraph: ${error?.message ?? error}`);
  report({ type: 'failed', message: String(error?.message ?? error) });
  await shutdown(1);
});

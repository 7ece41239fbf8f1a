// `npm run migrate`: the explicit migration step of a deployment. Creates the four databases when
// missing and applies every subgraph's pending migrations. Uses DATABASE_URL (and any
// <PREFIX>_DATABASE_URL); without it, the embedded PostgreSQL — started and stopped here, or
// the one a running `npm start` already serves on EMBEDDED_PG_PORT.
import { assertPostgresUrl, assertServerReachable, databaseUrlsFor, describeServer, ensureDatabases } from './lib/database.mjs';
import { embeddedServerUrl, EMBEDDED_PG_DEFAULT_PORT } from './lib/embedded-postgres-settings.mjs';
import { startEmbeddedPostgresProcess } from './lib/embedded-postgres-process.mjs';
import { createLogFormatter } from './lib/log-format.mjs';
import { isPortFree } from './lib/ports.mjs';
import { runCommand } from './lib/processes.mjs';
import { SUBGRAPHS, entryPointOf, portFromEnv } from './lib/subgraphs.mjs';

const env = process.env;
const say = (line) => process.stdout.write(`${line}\n`);

/** The server to migrate on, and the embedded PostgreSQL started for it (to stop afterwards), if any. */
async function chooseServer() {
  if (env.DATABASE_URL) {
    assertPostgresUrl(env.DATABASE_URL, 'DATABASE_URL');
    await assertServerReachable(env.DATABASE_URL, 'DATABASE_URL');
    return { serverUrl: env.DATABASE_URL };
  }
  const port = portFromEnv(env, 'EMBEDDED_PG_PORT', EMBEDDED_PG_DEFAULT_PORT);
  if (!(await isPortFree(port))) {
    // Most likely `npm start` is running with its embedded server: migrate that one.
    const serverUrl = embeddedServerUrl(port);
    await assertServerReachable(serverUrl, `EMBEDDED_PG_PORT (port ${port} is taken by something that is not the embedded PostgreSQL)`);
    say(`migrate: using the embedded PostgreSQL already running on port ${port}`);
    return { serverUrl };
  }
  say(`migrate: starting embedded PostgreSQL on port ${port}…`);
  const postgres = await startEmbeddedPostgresProcess({ port });
  return { serverUrl: postgres.url, postgres };
}

async function main() {
  const { serverUrl, postgres } = await chooseServer();
  try {
    const urls = databaseUrlsFor(serverUrl, { env });
    const created = await ensureDatabases(urls);
    if (created.length) say(`migrate: created databases ${created.join(', ')} on ${describeServer(serverUrl)}`);
    const format = createLogFormatter();
    const results = await Promise.allSettled(
      SUBGRAPHS.map((service) =>
        runCommand({
          name: service.name,
          entryPoint: entryPointOf(service),
          args: ['migrate'],
          env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'info', [`${service.envPrefix}_DATABASE_URL`]: urls[service.name] },
          onLine: (line) => say(format(service.name, line)),
        }),
      ),
    );
    const failures = results.filter((r) => r.status === 'rejected').map((r) => r.reason.message);
    if (failures.length) throw new Error(failures.join('\n'));
    say('migrate: every subgraph is up to date');
  } finally {
    await postgres?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`migrate: ${error.message}\n`);
  process.exitCode = 1;
});

// `npm run migrate`: the explicit migration step of a deployment. Creates the five databases when
// missing and applies every subgraph's pending migrations, then the delivery worker's queue schema. Each subgraph migrates through
// <PREFIX>_MIGRATION_DATABASE_URL when set (its database's owner role: docker-compose.yml,
// deploy/postgres/init-subgraph-databases.sh), else <PREFIX>_DATABASE_URL, else DATABASE_URL with its
// database; with none of these, the embedded PostgreSQL — started and stopped here, or the one a
// running `npm start` already serves on EMBEDDED_PG_PORT.
import { chooseServer } from './lib/choose-server.mjs';
import { databaseUrlsFor, describeServer, ensureDatabases } from './lib/database.mjs';
import { createLogFormatter } from './lib/log-format.mjs';
import { runCommand } from './lib/processes.mjs';
import { SUBGRAPHS, WORKER, entryPointOf } from './lib/subgraphs.mjs';

const env = process.env;
const say = (line) => process.stdout.write(`${line}\n`);

/** The owner-role URL of every subgraph when the environment names each one, else null. */
function migrationUrlsFromEnv() {
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env[`${s.envPrefix}_MIGRATION_DATABASE_URL`]]));
  return Object.values(urls).every(Boolean) ? urls : null;
}

async function main() {
  const own = migrationUrlsFromEnv();
  // With a URL per subgraph there is no server to choose (and none to start).
  const { serverUrl, postgres } = own ? {} : await chooseServer(env, say, 'migrate');
  try {
    const urls =
      own ??
      Object.fromEntries(
        Object.entries(databaseUrlsFor(serverUrl, { env })).map(([name, url]) => {
          const service = SUBGRAPHS.find((s) => s.name === name);
          return [name, env[`${service.envPrefix}_MIGRATION_DATABASE_URL`] || url];
        }),
      );
    const created = await ensureDatabases(urls);
    if (created.length) say(`migrate: created databases ${created.join(', ')} on ${describeServer(Object.values(urls)[0])}`);
    const format = createLogFormatter();
    const results = await Promise.allSettled(
      SUBGRAPHS.map((service) =>
        runCommand({
          name: service.name,
          entryPoint: entryPointOf(service),
          args: ['migrate'],
          env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'info', [`${service.envPrefix}_MIGRATION_DATABASE_URL`]: urls[service.name] },
          onLine: (line) => say(format(service.name, line)),
        }),
      ),
    );
    const failures = results.filter((r) => r.status === 'rejected').map((r) => r.reason.message);
    if (failures.length) throw new Error(failures.join('\n'));
    // The delivery worker's queue lives in the notifications database, beside that subgraph's tables.
    await runCommand({
      name: WORKER.name,
      entryPoint: entryPointOf(WORKER),
      args: ['migrate'],
      env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'info', NOTIFICATIONS_MIGRATION_DATABASE_URL: urls.notifications },
      onLine: (line) => say(format(WORKER.name, line)),
    });
    say('migrate: every subgraph and the delivery worker\'s queue are up to date');
  } finally {
    await postgres?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`migrate: ${error.message}\n`);
  process.exitCode = 1;
});

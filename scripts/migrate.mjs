// `npm run migrate`: the explicit migration step of a deployment. Creates the four databases when
// missing and applies every subgraph's pending migrations. Uses DATABASE_URL (and any
// <PREFIX>_DATABASE_URL); without it, the embedded PostgreSQL — started and stopped here, or
// the one a running `npm start` already serves on EMBEDDED_PG_PORT.
import { chooseServer } from './lib/choose-server.mjs';
import { databaseUrlsFor, describeServer, ensureDatabases } from './lib/database.mjs';
import { createLogFormatter } from './lib/log-format.mjs';
import { runCommand } from './lib/processes.mjs';
import { SUBGRAPHS, entryPointOf } from './lib/subgraphs.mjs';

const env = process.env;
const say = (line) => process.stdout.write(`${line}\n`);

async function main() {
  const { serverUrl, postgres } = await chooseServer(env, say, 'migrate');
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

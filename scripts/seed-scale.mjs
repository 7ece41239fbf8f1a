// `npm run seed:scale`: loads a large made-up population for benchmarks — by default 100,000
// therapists (listings, schedules and accounts), 100,000 clients, 1,000,000 bookings and 100,000 care
// plans — into databases of their own (`scale_accounts`, `scale_therapists`, …; `--prefix` changes
// it), so development data is never touched. Drops those databases if they exist, creates and
// migrates them, bulk-inserts through `pg` (bench/README.md), then VACUUM ANALYZEs. Uses DATABASE_URL, else the
// embedded PostgreSQL. Serve the result with `npm start -- --no-seed --database-prefix=scale_`.
import { createRequire } from 'node:module';
import pg from 'pg';
import { bulkInsert } from './lib/bulk-insert.mjs';
import { chooseServer } from './lib/choose-server.mjs';
import { databaseUrlsFor, describeServer, ensureDatabases } from './lib/database.mjs';
import { createLogFormatter } from './lib/log-format.mjs';
import { assertBuilt, runCommand } from './lib/processes.mjs';
import { formatCount, progressBar } from './lib/progress-bar.mjs';
import { parseScaleOptions, ScaleOptionError } from './lib/scale-options.mjs';
import { SCALE_PASSWORD, scaleTables } from './lib/scale-rows.mjs';
import { SUBGRAPHS, entryPointOf } from './lib/subgraphs.mjs';

const env = process.env;
const say = (line) => process.stdout.write(`${line}\n`);

/** One argon2id hash for every scale account, made with the accounts subgraph's own parameters. */
async function scalePasswordHash() {
  const require = createRequire(import.meta.url);
  const { hashPassword } = require('@caregraph/accounts/password-hasher');
  return hashPassword(SCALE_PASSWORD);
}

/** Migrates one subgraph's database with its own CLI, as `npm run migrate` does. */
function migrateSubgraph(service, url, format) {
  return runCommand({
    name: service.name,
    entryPoint: entryPointOf(service),
    args: ['migrate'],
    env: { ...env, LOG_LEVEL: env.LOG_LEVEL ?? 'warn', [`${service.envPrefix}_DATABASE_URL`]: url },
    onLine: (line) => say(format(service.name, line)),
  });
}

/** Drops the scale databases left by an earlier run: a fresh start is quicker than deleting millions of rows. */
async function dropDatabases(serverUrl, urls) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (const url of Object.values(urls)) await client.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
  } finally {
    await client.end();
  }
}

/**
 * Loads one subgraph's tables, then vacuums and analyses them, as autovacuum soon would on a live
 * database: the planner learns their new size, and the visibility map lets index-only scans skip the heap.
 */
async function loadSubgraph(url, specs) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const spec of specs) {
      const bar = progressBar(spec.table, spec.count);
      await bulkInsert(client, spec, (n) => bar.tick(n));
      bar.done();
      await client.query(`vacuum analyze "${spec.table}"`);
    }
  } finally {
    await client.end();
  }
}

/** The scale accounts share a published password: like the demo seed, never in production. */
function refuseProduction() {
  const { ALLOW_DEMO_CREDENTIALS_VARIABLE, refusesDemoCredentials } = createRequire(import.meta.url)('@caregraph/kernel');
  if (!refusesDemoCredentials()) return;
  throw new Error(
    `refusing to write the scale data with NODE_ENV=production: every account it makes has the published scale password. ` +
      `(${ALLOW_DEMO_CREDENTIALS_VARIABLE}=true is for test rigs, never a deployment.)`,
  );
}

async function main() {
  refuseProduction();
  const options = parseScaleOptions(process.argv.slice(2));
  for (const service of SUBGRAPHS) assertBuilt(entryPointOf(service));
  const started = performance.now();
  const { serverUrl, postgres } = await chooseServer(env, say, 'seed:scale');
  try {
    const urls = databaseUrlsFor(serverUrl, { prefix: options.prefix });
    await dropDatabases(serverUrl, urls);
    const created = await ensureDatabases(urls);
    say(`seed:scale: created databases ${created.join(', ')} on ${describeServer(serverUrl)}`);
    const format = createLogFormatter();
    await Promise.all(SUBGRAPHS.map((service) => migrateSubgraph(service, urls[service.name], format)));
    say(
      `seed:scale: ${formatCount(options.therapists)} therapists, ${formatCount(options.clients)} clients, ` +
        `${formatCount(options.therapists * options.bookingsPerTherapist)} bookings, ${formatCount(options.carePlans)} care plans ` +
        `into ${options.prefix}* on ${describeServer(serverUrl)}`,
    );
    const tables = scaleTables(options, Date.now(), await scalePasswordHash());
    // The notifications subgraph starts empty: its rows come from what happens, not from the seed.
    for (const service of SUBGRAPHS) await loadSubgraph(urls[service.name], tables[service.name] ?? []);
    say(`seed:scale: done in ${((performance.now() - started) / 1000).toFixed(0)} s. Every account's password: ${SCALE_PASSWORD}`);
    say(`seed:scale: serve it with  npm start -- --no-seed --database-prefix=${options.prefix}`);
  } finally {
    await postgres?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`seed:scale: ${error.message}\n`);
  process.exitCode = error instanceof ScaleOptionError ? 2 : 1;
});

import type { MikroORM } from '@mikro-orm/postgresql';
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabase } from '@caregraph/kernel';
import { initOrm } from '../orm/init-orm';
import type { SubgraphDefinition } from '../subgraph/definition';
import { migrate } from '../subgraph/run-cli';

/** The PostgreSQL server tests use: TEST_DATABASE_URL, set by the jest global setup when embedded. */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (its global setup starts PostgreSQL).');
  return url;
}

/** Runs `work` with a client on the test server's maintenance database. */
async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The readiness monitor's statement (start-subgraph.ts), as the ORM's query log shows it. */
const READINESS_PROBE = /\bselect 1\s*(\[|$)/i;

/** A migrated database of one subgraph, private to one test file. */
export interface TestDatabase {
  orm: MikroORM;
  url: string;
  /** Every SQL statement sent since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  /** Closes the ORM and drops the database. */
  drop(): Promise<void>;
}

/** Names the jest run (set by jest/global-setup.mjs, whose teardown drops the run's templates). */
const TEST_RUN_VARIABLE = 'CAREGRAPH_TEST_RUN';

/** Templates this process already knows exist, by name. */
const templates = new Map<string, Promise<string>>();

/**
 * The name of a database holding `definition`'s migrations, made on first use in this jest run
 * (one per subgraph, whichever test file comes first; the others wait on an advisory lock) and
 * dropped by the global teardown. Undefined outside a jest run that names itself.
 */
function migratedTemplate(definition: SubgraphDefinition): Promise<string> | undefined {
  const run = process.env[TEST_RUN_VARIABLE];
  if (!run) return undefined;
  const source = createHash('sha256').update(`${definition.packageRoot}\0${definition.database}`).digest('hex').slice(0, 8);
  const name = `${definition.database}_tpl_${source}_${run}`;
  let template = templates.get(name);
  if (!template) {
    template = withAdminClient(async (client) => {
      await client.query('select pg_advisory_lock(hashtext($1))', [name]);
      try {
        if ((await client.query('select 1 from pg_database where datname = $1', [name])).rowCount) return name;
        // Built under another name and renamed when complete, so a template that exists is whole.
        const building = `${name}_building`;
        await client.query(`drop database if exists "${building}" with (force)`);
        await client.query(`create database "${building}"`);
        const orm = await initOrm({ clientUrl: withDatabase(testServerUrl(), building), entities: definition.entities, packageRoot: definition.packageRoot, snapshotName: definition.database, poolMax: 2 });
        try {
          await migrate(orm);
        } finally {
          await orm.close(true);
        }
        await client.query(`alter database "${building}" rename to "${name}"`);
        return name;
      } finally {
        await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
      }
    });
    templates.set(name, template);
    template.catch(() => templates.delete(name));
  }
  return template;
}

/**
 * Creates a fresh database for `definition` on the test server with its migrations applied: in a
 * jest run a copy of the run's migrated template (CREATE DATABASE … TEMPLATE), otherwise migrated here.
 */
export async function createTestDatabase(definition: SubgraphDefinition): Promise<TestDatabase> {
  const name = `${definition.database}_test_${randomBytes(4).toString('hex')}`;
  const template = await migratedTemplate(definition);
  await withAdminClient((client) => client.query(template ? `create database "${name}" template "${template}"` : `create database "${name}"`));
  const url = withDatabase(testServerUrl(), name);
  const queries: string[] = [];
  const orm = await initOrm({
    clientUrl: url,
    entities: definition.entities,
    packageRoot: definition.packageRoot, snapshotName: definition.database,
    poolMax: 20,
    onQuery: (message) => {
      // Not the migrations' bookkeeping, nor the readiness monitor's periodic `select 1` (a probe, not the
      // work under test: on a loaded machine it lands inside a measured request now and then).
      if (/\b(select|insert|update|delete|with)\b/i.test(message) && !/migrations/.test(message) && !READINESS_PROBE.test(message)) queries.push(message);
    },
  });
  if (!template) await migrate(orm);
  queries.length = 0;
  return {
    orm,
    url,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    async drop() {
      await orm.close(true);
      await withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`));
    },
  };
}

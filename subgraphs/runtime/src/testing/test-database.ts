import type { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
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

/** Creates a fresh database for `definition` on the test server and applies its migrations. */
export async function createTestDatabase(definition: SubgraphDefinition): Promise<TestDatabase> {
  const name = `${definition.database}_test_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`create database "${name}"`));
  const url = withDatabase(testServerUrl(), name);
  const queries: string[] = [];
  const orm = await initOrm({
    clientUrl: url,
    entities: definition.entities,
    packageRoot: definition.packageRoot, snapshotName: definition.database,
    poolMax: 20,
    onQuery: (message) => {
      if (/\b(select|insert|update|delete|with)\b/i.test(message) && !/migrations/.test(message)) queries.push(message);
    },
  });
  await migrate(orm);
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

import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export default async function globalTeardown() {
  const embedded = globalThis.__CAREGRAPH_TEST_PG__;
  if (embedded) {
    await embedded.stop();
    rmSync(path.dirname(embedded.dataDir), { recursive: true, force: true });
  } else if (process.env.TEST_DATABASE_URL && process.env.CAREGRAPH_TEST_RUN) {
    await dropTemplates(process.env.TEST_DATABASE_URL, process.env.CAREGRAPH_TEST_RUN);
  }
  const typeErrors = await globalThis.__CAREGRAPH_TYPE_CHECK__;
  if (typeErrors) throw new Error(`The tests do not type-check:\n${typeErrors}`);
}

/** Drops the migrated templates this run made on a server that outlives it (`<database>_tpl_<source>_<run>`). */
async function dropTemplates(url, run) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`select datname from pg_database where datname like '%\\_tpl\\_%\\_' || $1 || '%'`, [run]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}

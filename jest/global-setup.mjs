// Gives every test a PostgreSQL server: TEST_DATABASE_URL when set, otherwise an embedded
// one started here (data in a fresh folder under .data/) and stopped in global-teardown.
// Names the run (CAREGRAPH_TEST_RUN): the runtime's createTestDatabase copies each subgraph's
// migrated template of this run, and global-teardown drops the templates.
// A run of the whole suite also type-checks the tests meanwhile (see check-test-types.mjs).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres.mjs';
import { freePort } from '../scripts/lib/ports.mjs';
import { startTypeCheck } from './type-check-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default async function globalSetup(globalConfig) {
  globalThis.__CAREGRAPH_TYPE_CHECK__ = startTypeCheck(globalConfig);
  process.env.CAREGRAPH_TEST_RUN = randomBytes(4).toString('hex');
  if (process.env.TEST_DATABASE_URL) return;
  mkdirSync(path.join(root, '.data'), { recursive: true });
  const dataDir = path.join(mkdtempSync(path.join(root, '.data', 'test-pg-')), 'data');
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  process.env.TEST_DATABASE_URL = server.url;
  globalThis.__CAREGRAPH_TEST_PG__ = { stop: server.stop, dataDir: server.dataDir };
  await withoutDurability(server.url);
}

/**
 * The server is thrown away after the run: no waiting for the disk on every commit and CREATE DATABASE.
 * Commits stay synchronous: with asynchronous ones VACUUM marks fewer pages all-visible, and the
 * search-plan tests then see other plans than a live database gives.
 */
async function withoutDurability(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const setting of ['fsync', 'full_page_writes']) await client.query(`alter system set ${setting} = off`);
    await client.query('select pg_reload_conf()');
  } finally {
    await client.end();
  }
}

// Gives every test a PostgreSQL server: TEST_DATABASE_URL when set, otherwise an embedded
// one started here (data in a fresh folder under .data/) and stopped in global-teardown.
// A run of the whole suite also type-checks the tests meanwhile (see check-test-types.mjs).
import { mkdtempSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres.mjs';
import { freePort } from '../scripts/lib/ports.mjs';
import { startTypeCheck } from './type-check-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default async function globalSetup(globalConfig) {
  globalThis.__CAREGRAPH_TYPE_CHECK__ = startTypeCheck(globalConfig);
  if (process.env.TEST_DATABASE_URL) return;
  mkdirSync(path.join(root, '.data'), { recursive: true });
  const dataDir = path.join(mkdtempSync(path.join(root, '.data', 'test-pg-')), 'data');
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  process.env.TEST_DATABASE_URL = server.url;
  globalThis.__CAREGRAPH_TEST_PG__ = { stop: server.stop, dataDir: server.dataDir };
}

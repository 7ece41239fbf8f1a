// Which PostgreSQL server a one-off script (migrate, seed:scale) works on: DATABASE_URL when set;
// otherwise the embedded one a running `npm start` serves, or one started here for the script.
import { assertPostgresUrl, assertServerReachable } from './database.mjs';
import { embeddedServerUrl, EMBEDDED_PG_DEFAULT_PORT } from './embedded-postgres-settings.mjs';
import { startEmbeddedPostgresProcess } from './embedded-postgres-process.mjs';
import { isPortFree } from './ports.mjs';
import { portFromEnv } from './subgraphs.mjs';

/**
 * The server URL and, when this call started an embedded server, that server (to stop afterwards).
 * `say` receives what it tells the person running the script; `name` prefixes those lines.
 */
export async function chooseServer(env, say, name) {
  if (env.DATABASE_URL) {
    assertPostgresUrl(env.DATABASE_URL, 'DATABASE_URL');
    await assertServerReachable(env.DATABASE_URL, 'DATABASE_URL');
    return { serverUrl: env.DATABASE_URL };
  }
  const port = portFromEnv(env, 'EMBEDDED_PG_PORT', EMBEDDED_PG_DEFAULT_PORT);
  if (!(await isPortFree(port))) {
    // Most likely `npm start` is running with its embedded server: use that one.
    const serverUrl = embeddedServerUrl(port);
    await assertServerReachable(serverUrl, `EMBEDDED_PG_PORT (port ${port} is taken by something that is not the embedded PostgreSQL)`);
    say(`${name}: using the embedded PostgreSQL already running on port ${port}`);
    return { serverUrl };
  }
  say(`${name}: starting embedded PostgreSQL on port ${port}…`);
  const postgres = await startEmbeddedPostgresProcess({ port });
  return { serverUrl: postgres.url, postgres };
}

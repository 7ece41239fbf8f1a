import { MikroORM } from '@mikro-orm/postgresql';
import { describeDatabaseUrl } from '@caregraph/kernel';
import { createOrmConfig, type OrmSettings } from './orm-config';
import { bindStatementsToDeadline } from './statement-deadline';

/** How long to wait for the first database connection before giving up. */
const CONNECT_TIMEOUT_MS = 8000;

/** Raised when the database cannot be reached; names the host and port but no credentials. */
export class DatabaseUnreachableError extends Error {}

/**
 * Boots MikroORM for one subgraph and checks the connection, failing within a few seconds
 * with a message naming host and port when the server is not there. Its statements keep to the
 * deadline of the request they run for.
 */
export async function initOrm(settings: OrmSettings, forSource = false): Promise<MikroORM> {
  const config = createOrmConfig(settings, forSource);
  const orm = await MikroORM.init({
    ...config,
    driverOptions: { connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS } },
    connect: false,
  });
  try {
    await orm.connect();
    await orm.em.getConnection().execute('select 1');
  } catch (error) {
    await orm.close(true).catch(() => undefined);
    const reason = (error as Error).message?.split('\n')[0] ?? 'unknown error';
    throw new DatabaseUnreachableError(
      `Cannot reach PostgreSQL at ${describeDatabaseUrl(settings.clientUrl)}: ${reason}`,
    );
  }
  bindStatementsToDeadline(orm);
  return orm;
}

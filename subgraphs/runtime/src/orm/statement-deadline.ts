import type { MikroORM } from '@mikro-orm/postgresql';
import { currentDeadline } from '@caregraph/kernel';

/** The part of knex's client this reads: how it runs one statement and cancels one running elsewhere. */
interface KnexClient {
  query(connection: KnexConnection, statement: unknown): Promise<unknown>;
  cancelQuery(connection: KnexConnection): Promise<unknown>;
}
/** A pooled connection; knex destroys one marked disposed instead of handing it out again. */
interface KnexConnection {
  __knex__disposed?: unknown;
}

const BOUND = Symbol.for('caregraph.statements-follow-deadline');

/** A rollback always runs: refusing it would hand the pool a connection still inside a transaction. */
const isRollback = (statement: unknown) => /^\s*rollback\b/i.test(typeof statement === 'string' ? statement : String((statement as { sql?: unknown })?.sql ?? ''));

/**
 * Makes every SQL statement `orm` runs keep to the deadline of the request it runs for (kernel
 * `currentDeadline`, docs/adr/026): none starts once the request is out of time or its caller has gone,
 * and one running at that moment is cancelled in PostgreSQL (pg_cancel_backend) and fails with the
 * request's RequestStoppedError, so its transaction rolls back. The connection of a cancelled statement
 * is then discarded, never reused, so a late cancel cannot reach another request's statement.
 * Statements outside a request (start-up, sweeps, migrations, seeds) are left alone.
 */
export function bindStatementsToDeadline(orm: MikroORM): void {
  // On the client's class: knex builds each transaction's client from the class, not from this instance.
  // Outside a request's deadline the method behaves exactly as before, for every ORM of the process.
  const dialect = Object.getPrototypeOf(orm.em.getConnection().getKnex().client) as KnexClient & { [BOUND]?: true };
  if (Object.prototype.hasOwnProperty.call(dialect, BOUND)) return;
  dialect[BOUND] = true;
  const query = dialect.query;
  dialect.query = function (this: KnexClient, connection: KnexConnection, statement: unknown): Promise<unknown> {
    const deadline = currentDeadline();
    if (!deadline || isRollback(statement)) return query.call(this, connection, statement);
    const { signal } = deadline;
    if (signal.aborted) return Promise.reject(signal.reason);
    const cancel = () => {
      // knex logs this reason once as it drops the connection: no statement text, no data.
      connection.__knex__disposed = 'a statement was cancelled at its request deadline';
      this.cancelQuery(connection).catch(() => undefined);
    };
    signal.addEventListener('abort', cancel, { once: true });
    return query.call(this, connection, statement).then(
      (result) => {
        signal.removeEventListener('abort', cancel);
        return result;
      },
      (error: unknown) => {
        signal.removeEventListener('abort', cancel);
        throw signal.aborted ? signal.reason : error;
      },
    );
  };
}

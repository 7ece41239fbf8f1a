import type { EntityManager } from '@mikro-orm/postgresql';

/** The part of knex's client a read uses: the pool, and one statement on one pooled connection. */
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
  query(connection: unknown, statement: { sql: string; bindings: readonly unknown[] }): Promise<{ response?: { rows?: unknown[] } }>;
}

/** What the connection's query log is given (MikroORM's own entry point, protected in its types). */
interface QueryLog {
  logQuery(query: string, context: { took: number; results: number }): void;
}

/**
 * The rows of one read-only statement (`?` placeholders), for hot reads: sent as a parameterised
 * statement on a pooled connection through knex's client — the very method every statement of the ORM
 * goes through, so it keeps to the request's deadline (bindStatementsToDeadline, docs/adr/026) and is
 * traced with its text, not its values (docs/adr/018) — without the ORM's per-statement work: writing
 * each value into the SQL as a literal, its query runner and events. A CPU profile of reference batches
 * put that at about 0.1 ms a statement. Inside a transaction it runs on the transaction's connection, as
 * `em.execute` does. Logged as the ORM logs statements when its query log is on (tests count them).
 */
export async function readRows<R = Record<string, unknown>>(em: EntityManager, sql: string, bindings: readonly unknown[] = []): Promise<R[]> {
  if (em.getTransactionContext()) return em.execute<R[]>(sql, [...bindings]);
  const connection = em.getConnection();
  const client = connection.getKnex().client as unknown as KnexClient;
  const started = Date.now();
  const pooled = await client.acquireConnection();
  let rows: R[];
  try {
    rows = ((await client.query(pooled, { sql, bindings })).response?.rows ?? []) as R[];
  } finally {
    await client.releaseConnection(pooled);
  }
  if (em.config.getLogger().isEnabled('query')) (connection as unknown as QueryLog).logQuery(sql, { took: Date.now() - started, results: rows.length });
  return rows;
}

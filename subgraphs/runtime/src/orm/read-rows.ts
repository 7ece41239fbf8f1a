import type { EntityManager } from '@mikro-orm/postgresql';
import { setBounded } from '@caregraph/kernel';
import { createHash } from 'node:crypto';

/** The part of knex's client a read uses: the pool, and one statement on one pooled connection. */
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
  query(connection: unknown, statement: { sql: string; bindings: readonly unknown[]; options?: { name: string } }): Promise<{ response?: { rows?: unknown[] } }>;
}

/** What the connection's query log is given (MikroORM's own entry point, protected in its types). */
interface QueryLog {
  logQuery(query: string, context: { took: number; results: number }): void;
}

export interface ReadOptions {
  /**
   * Run as a named prepared statement, prepared once per pooled connection (docs/adr/034): PostgreSQL then
   * skips parsing and, once its plan cache settles on a generic plan, planning. Only for statements whose
   * best plan does not depend on the values bound, e.g. a lookup by primary or foreign key (`"id" in (…)`).
   */
  prepared?: boolean;
}

/** Statement names by text, for the prepared statements (bounded: texts come from code, a few per entity and batch size). */
const names = new Map<string, string>();
const MAX_NAMES = 2000;

/** A name unique to the statement's text, as node-postgres needs (it refuses one name for two texts). */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `cg_${createHash('sha1').update(sql).digest('base64url')}`;
    setBounded(names, sql, name, MAX_NAMES);
  }
  return name;
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
export async function readRows<R = Record<string, unknown>>(em: EntityManager, sql: string, bindings: readonly unknown[] = [], { prepared = false }: ReadOptions = {}): Promise<R[]> {
  if (em.getTransactionContext()) return em.execute<R[]>(sql, [...bindings]);
  const connection = em.getConnection();
  const client = connection.getKnex().client as unknown as KnexClient;
  const started = Date.now();
  const pooled = await client.acquireConnection();
  let rows: R[];
  try {
    const statement = prepared ? { sql, bindings, options: { name: statementName(sql) } } : { sql, bindings };
    rows = ((await client.query(pooled, statement)).response?.rows ?? []) as R[];
  } finally {
    await client.releaseConnection(pooled);
  }
  if (em.config.getLogger().isEnabled('query')) (connection as unknown as QueryLog).logQuery(sql, { took: Date.now() - started, results: rows.length });
  return rows;
}

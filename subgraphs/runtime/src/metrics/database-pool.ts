import type { MikroORM } from '@mikro-orm/postgresql';
import { Gauge, type Registry } from 'prom-client';

/** What the knex client's connection pool (tarn) tells about itself. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/** The ORM's connection pool, or undefined once it is closed. */
function poolOf(orm: MikroORM): TarnPool | undefined {
  try {
    return (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reports the database connection pool on every scrape: connections in use, idle, requests
 * waiting for one and connections being opened, beside the configured maximum. A pool whose
 * `pending` stays above zero is too small for the load (DATABASE_POOL_MAX).
 */
export function registerDatabasePoolMetrics(registry: Registry, orm: MikroORM): void {
  new Gauge({
    name: 'caregraph_db_pool_connections',
    help: 'Database pool: connections used, free, requests pending for one, connections being created.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = poolOf(orm);
      this.set({ state: 'used' }, pool?.numUsed() ?? 0);
      this.set({ state: 'free' }, pool?.numFree() ?? 0);
      this.set({ state: 'pending' }, pool?.numPendingAcquires() ?? 0);
      this.set({ state: 'creating' }, pool?.numPendingCreates() ?? 0);
    },
  });
  new Gauge({
    name: 'caregraph_db_pool_max',
    help: 'Largest number of connections the database pool opens (DATABASE_POOL_MAX).',
    registers: [registry],
    collect() {
      this.set(orm.config.get('pool')?.max ?? 0);
    },
  });
}

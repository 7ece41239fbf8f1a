import type { Logger } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';

/**
 * The worker's own table beside graphile-worker's schema: which job workers each live process runs.
 * graphile-worker frees a job held by a worker that died (kill -9, a lost node) only after 4 hours;
 * with heartbeats, a process that stops beating for `timeoutSeconds` has its jobs freed by any other
 * worker within seconds (docs/adr/022).
 */
export const HEARTBEATS_DDL = `
create schema if not exists delivery_worker;
create table if not exists delivery_worker.heartbeats (
  process_id text primary key,
  worker_ids text[] not null,
  beat_at timestamptz not null default now()
);`;

export interface Heartbeats {
  /** Adds a lock holder of this process: its worker pool or one of its workers (graphile-worker's events). */
  add(workerId: string): void;
  /** Stops beating and removes this process's row: its jobs were handed back by a clean stop. */
  stop(): Promise<void>;
}

/** Beats every `intervalMs`; each beat also frees the jobs of processes silent for `timeoutSeconds`. */
export function startHeartbeats(options: { pool: Pool; intervalMs: number; timeoutSeconds: number; logger: Logger }): Heartbeats {
  const { pool, intervalMs, timeoutSeconds, logger } = options;
  const processId = randomUUID();
  const workerIds = new Set<string>();
  let stopped = false;
  let running: Promise<void> | undefined;
  const beat = async () => {
    try {
      await pool.query(
        `insert into delivery_worker.heartbeats (process_id, worker_ids, beat_at) values ($1, $2, now())
         on conflict (process_id) do update set worker_ids = excluded.worker_ids, beat_at = now()`,
        [processId, [...workerIds]],
      );
      const { rows } = await pool.query<{ freed: number }>(
        `with dead as (
           delete from delivery_worker.heartbeats where beat_at < now() - make_interval(secs => $1) returning worker_ids
         ), ids as (select coalesce(array_agg(id), '{}') as ids from dead, unnest(worker_ids) as id)
         select cardinality(ids) as freed, graphile_worker.force_unlock_workers(ids) from ids`,
        [timeoutSeconds],
      );
      if (rows[0]?.freed) logger.warn({ workers: rows[0].freed }, 'freed the jobs of a worker process that stopped beating');
    } catch (error) {
      logger.warn({ err: (error as Error).message }, 'heartbeat failed');
    }
  };
  const timer = setInterval(() => {
    if (!running) running = beat().finally(() => (running = undefined));
  }, intervalMs);
  running = beat().finally(() => (running = undefined));
  return {
    add(workerId) {
      workerIds.add(workerId);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await running;
      await pool.query('delete from delivery_worker.heartbeats where process_id = $1', [processId]).catch(() => undefined);
    },
  };
}

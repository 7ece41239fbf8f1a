import type { Logger } from '@caregraph/kernel';
import type { Task } from 'graphile-worker';
import type { Pool } from 'pg';
import type { SourceName } from '../config';
import type { SystemRoutes } from '../recipients/system-routes';

/** The sweeps the subgraphs serve (`POST /internal/sweeps/<name>`): what falls due with time. */
export const SWEEPS: ReadonlyArray<{ subgraph: SourceName; name: string }> = [
  { subgraph: 'bookings', name: 'session-reminders' },
  { subgraph: 'care-plans', name: 'risk-flag-escalations' },
  { subgraph: 'care-plans', name: 'review-reminders' },
];

/** The one job key of the sweep schedule: with it there is a single next sweep across all workers. */
export const SWEEP_JOB_KEY = 'sweep-schedule';

/** Puts the next sweep on the queue `delaySeconds` from now, unless one is already waiting. */
export async function scheduleSweep(pool: Pool, delaySeconds: number): Promise<void> {
  await pool.query(
    `select graphile_worker.add_job('sweep', '{}'::json, run_at => now() + make_interval(secs => $1), job_key => $2, job_key_mode => 'preserve_run_at', max_attempts => 1)`,
    [delaySeconds, SWEEP_JOB_KEY],
  );
}

/**
 * `sweep`: asks each subgraph to record what has fallen due (docs/adr/022), then puts the next sweep on
 * the queue. Its fixed job key keeps one sweep scheduled across every worker, at any interval; a
 * subgraph that is down is logged and asked again next time.
 */
export function sweepTask(deps: { pool: Pool; routes: SystemRoutes; intervalSeconds: number; logger: Logger }): Task {
  return async () => {
    try {
      for (const sweep of SWEEPS) {
        try {
          const { recorded } = await deps.routes.post<{ recorded: number }>(sweep.subgraph, `/internal/sweeps/${sweep.name}`, {});
          if (recorded > 0) deps.logger.info({ sweep: sweep.name, recorded }, 'sweep recorded notices');
        } catch (error) {
          deps.logger.warn({ sweep: sweep.name, err: (error as Error).message }, 'sweep failed; asking again next time');
        }
      }
    } finally {
      await scheduleSweep(deps.pool, deps.intervalSeconds);
    }
  };
}

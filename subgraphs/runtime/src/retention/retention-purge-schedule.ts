import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@caregraph/kernel';
import { purgeAllExpiredRecords, type RetentionPurgeTarget } from './retention-purge';

/** The purge running inside a serving subgraph. */
export interface RetentionPurgeSchedule {
  /** Cancels the next run and waits for one in progress to finish. */
  stop(): Promise<void>;
}

export interface RetentionPurgeScheduleOptions {
  orm: MikroORM;
  logger: Logger;
  targets: readonly RetentionPurgeTarget[];
  /** Time between runs. */
  intervalMs: number;
  /** Time from start to the first run: soon, so a subgraph restarted more often than the interval still purges. */
  firstRunAfterMs: number;
  batchSize: number;
}

/**
 * Runs the retention purge on a timer in the subgraph process: first shortly after start, then every
 * interval. Every replica runs it; the purge itself shares the work between them (FOR UPDATE SKIP
 * LOCKED), and a run never overlaps the previous one in the same process. A failed run is logged
 * (kind and reason, no personal data) and tried again at the next interval.
 */
export function startRetentionPurgeSchedule(options: RetentionPurgeScheduleOptions): RetentionPurgeSchedule {
  const { orm, logger, targets, intervalMs, firstRunAfterMs, batchSize } = options;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const run = async () => {
    try {
      const results = await purgeAllExpiredRecords(orm.em, targets, { batchSize });
      for (const result of results) {
        logger.info({ recordKind: result.kind, deleted: result.deleted, batches: result.batches, cutoff: result.cutoff.toISOString() }, 'retention purge done');
      }
    } catch (error) {
      logger.error({ err: (error as Error).message }, 'retention purge failed');
    }
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = run().finally(() => {
        running = undefined;
        schedule(intervalMs);
      });
    }, delayMs);
    // A pending purge does not keep the process alive.
    timer.unref();
  };
  schedule(firstRunAfterMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

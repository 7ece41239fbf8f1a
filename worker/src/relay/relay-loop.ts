import type { Logger } from '@caregraph/kernel';
import type { Pool } from 'pg';
import { pruneRelayedOutbox } from './prune-outbox';
import { relayOutboxBatch } from './relay-outbox';

/** A running relay of one outbox. */
export interface RelayLoop {
  /** Cancels the next pass and waits for one in progress. */
  stop(): Promise<void>;
}

/**
 * Relays one subgraph's outbox: a pass at once, then every `intervalMs`; a pass keeps taking batches while
 * they come back full, so a backlog drains without waiting an interval per batch. A failed pass (the
 * subgraph's database away) is logged and tried at the next interval. A pass that drained the outbox
 * also deletes rows relayed longer than `retentionHours` ago, once a minute at most.
 */
export function startRelayLoop(options: {
  source: string;
  sourcePool: Pool;
  notificationsPool: Pool;
  batchSize: number;
  maxAttempts: number;
  intervalMs: number;
  /** Relayed rows older than this are deleted (at most once per `pruneEveryMs`, after a pass that drained the outbox). */
  retentionHours: number;
  pruneEveryMs?: number;
  logger: Logger;
  onRelayed?: (source: string, count: number) => void;
}): RelayLoop {
  const { source, intervalMs, logger, batchSize, retentionHours, pruneEveryMs = 60_000 } = options;
  let lastPrune = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  // The same failure every second (a subgraph's database away) is logged when it starts, not on every pass.
  let lastFailure: string | undefined;
  const pass = async () => {
    try {
      for (;;) {
        if (stopped) return;
        const count = await relayOutboxBatch(options);
        if (count > 0) options.onRelayed?.(source, count);
        if (lastFailure) logger.info({ source }, 'outbox relay working again');
        lastFailure = undefined;
        if (count < batchSize) break;
      }
      if (Date.now() - lastPrune >= pruneEveryMs) {
        lastPrune = Date.now();
        const pruned = await pruneRelayedOutbox(options.sourcePool, retentionHours);
        if (pruned > 0) logger.info({ source, pruned }, 'pruned relayed outbox rows');
      }
    } catch (error) {
      const reason = (error as Error).message;
      if (reason !== lastFailure) logger.warn({ source, err: reason }, 'outbox relay failed; trying again every interval');
      lastFailure = reason;
    }
  };
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(() => {
        running = undefined;
        schedule(intervalMs);
      });
    }, delayMs);
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

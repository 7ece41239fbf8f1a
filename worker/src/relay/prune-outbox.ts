import type { Pool } from 'pg';

/** Rows deleted per statement: short statements, short locks, however long the outbox grew. */
export const PRUNE_BATCH_SIZE = 1000;

/**
 * Deletes a subgraph's outbox rows relayed more than `retentionHours` ago, batch by batch (docs/adr/022).
 * Once relayed, a row's message lives in the notifications database; the row itself only held its
 * recipients' ids, which should not outlive their use (an erased account's id included). Unrelayed rows
 * are never touched. Returns how many rows went.
 */
export async function pruneRelayedOutbox(pool: Pool, retentionHours: number, batchSize = PRUNE_BATCH_SIZE): Promise<number> {
  let pruned = 0;
  for (;;) {
    const { rowCount } = await pool.query(
      `delete from outbox_events where id in (
         select id from outbox_events where relayed_at < now() - make_interval(hours => $1) limit $2 for update skip locked)`,
      [retentionHours, batchSize],
    );
    pruned += rowCount ?? 0;
    if ((rowCount ?? 0) < batchSize) return pruned;
  }
}

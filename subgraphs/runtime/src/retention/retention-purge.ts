import type { EntityManager } from '@mikro-orm/postgresql';

/** A table whose rows carry a retention date (`retain_until`) and are deleted once it has passed. */
export interface RetentionPurgeTarget {
  /** The kind of record, written to the audit row (`RetainedRecordKind` of @caregraph/vocabulary). */
  kind: string;
  /** The table, with `id` and `retain_until` columns; rows that belong to a row go with it by cascade. */
  table: string;
}

/** What one purge run did for one kind of record. */
export interface RetentionPurgeResult {
  kind: string;
  deleted: number;
  batches: number;
  cutoff: Date;
}

/** Rows deleted per transaction by default: small enough to keep locks and cascades short. */
export const DEFAULT_PURGE_BATCH_SIZE = 500;

/**
 * One batch in one statement, so the deletion and its audit row commit together or not at all: picks
 * up to `limit` due rows, skipping rows another run has locked (replicas running the purge at the same
 * time share the work instead of waiting on each other or deleting twice), deletes them (their
 * dependent rows go by cascade) and records the count. Identifiers come from code, never from input.
 */
function batchStatement(table: string): string {
  return `
with due as (
  select r.id from ${table} r where r.retain_until <= ? order by r.retain_until, r.id limit ? for update skip locked
), deleted as (
  delete from ${table} r using due where r.id = due.id returning r.id
), audit as (
  insert into retention_purges (id, record_kind, deleted, cutoff, ran_at)
  select gen_random_uuid(), ?, count(*), ?, now() from deleted
  returning deleted
)
select deleted from audit`;
}

/**
 * Deletes every row of `target.table` whose retention date is at or before `cutoff`, in batches of
 * `batchSize`, each batch its own transaction with its audit row. A run that finds nothing still
 * writes one row (deleted 0), so the audit shows the job ran. A failure stops the run; batches already
 * committed stay done, the failed one leaves nothing behind, and the next run carries on.
 */
export async function purgeExpiredRecords(
  em: EntityManager,
  target: RetentionPurgeTarget,
  { cutoff = new Date(), batchSize = DEFAULT_PURGE_BATCH_SIZE }: { cutoff?: Date; batchSize?: number } = {},
): Promise<RetentionPurgeResult> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number above 0, got ${batchSize}`);
  const statement = batchStatement(target.table);
  let deleted = 0;
  let batches = 0;
  for (;;) {
    const [row] = await em.fork().transactional((tx) =>
      tx.execute<Array<{ deleted: number }>>(statement, [cutoff, batchSize, target.kind, cutoff]),
    );
    batches += 1;
    deleted += Number(row.deleted);
    if (Number(row.deleted) < batchSize) break;
  }
  return { kind: target.kind, deleted, batches, cutoff };
}

/** Purges every target in turn (one kind's failure does not stop the others); throws the first failure after all ran. */
export async function purgeAllExpiredRecords(
  em: EntityManager,
  targets: readonly RetentionPurgeTarget[],
  options: { cutoff?: Date; batchSize?: number } = {},
): Promise<RetentionPurgeResult[]> {
  const cutoff = options.cutoff ?? new Date();
  const results: RetentionPurgeResult[] = [];
  const failures: Error[] = [];
  for (const target of targets) {
    try {
      results.push(await purgeExpiredRecords(em, target, { ...options, cutoff }));
    } catch (error) {
      failures.push(new Error(`retention purge of ${target.kind} failed: ${(error as Error).message}`));
    }
  }
  if (failures.length) throw failures[0];
  return results;
}

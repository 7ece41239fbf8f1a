import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';

/** Which of a subgraph's records about a client are clinical, and when their last contact was. */
export interface ClinicalRecordTable {
  /** The table, holding `client_id`, `subject_ref`, `retain_until` and `version` columns. */
  table: string;
  /** SQL condition, over alias `r`, true for the rows that are clinical records. */
  clinical: string;
  /** Column of `r` holding the contact a row records (the retention clock). */
  lastContact: string;
  /** How long clinical rows are kept after their last contact: the domain's policy (`clinicalRetention` in @caregraph/vocabulary). */
  retention: { readonly years: number };
}

/** What an erasure did: records kept detached from the login, records deleted, the latest retention date. */
export interface ErasureCounts {
  retained: number;
  deleted: number;
  retainUntil: Date | null;
}

/**
 * One statement, so every part sees the same rows: locks the client's clinical records,
 * detaches them from the login under one fresh pseudonym with one retention date (their
 * latest contact + the retention period), deletes the rest of the client's records, and counts
 * both. `updated_at` is left alone (it is the last clinical change); `version` moves so a stale
 * edit fails. The date comes back as JSON (ISO-8601 with offset): the driver leaves raw
 * timestamps as strings. Identifiers come from the subgraph's code, never from input.
 */
function erasureStatement({ table, clinical, lastContact }: ClinicalRecordTable): string {
  return `
with clinical as (
  select r.id, r.${lastContact} as last_contact from ${table} r where r.client_id = ? and ${clinical} for update
), retention as (
  select max(last_contact) + make_interval(years => ?) as retain_until from clinical
), retained as (
  update ${table} r
     set client_id = null, subject_ref = ?, retain_until = retention.retain_until, version = r.version + 1
    from clinical, retention
   where r.id = clinical.id
  returning r.retain_until
), deleted as (
  delete from ${table} r where r.client_id = ? and r.id not in (select id from clinical) returning r.id
)
select (select count(*) from retained)::int as retained,
       (select count(*) from deleted)::int as deleted,
       to_json((select max(retain_until) from retained)) as retain_until`;
}

/**
 * Erases a client's records in one subgraph for their account's deletion (UK GDPR art. 17,
 * within art. 17(3)(c): health records the law requires to be kept): clinical records are
 * retained without any link to the login, everything else is deleted. Idempotent: a second run
 * finds no record with this client and changes nothing. Run it inside the caller's transaction.
 */
export async function eraseClientRecords(tx: EntityManager, records: ClinicalRecordTable, userId: string): Promise<ErasureCounts> {
  // A fresh random pseudonym per erasure: no way back to the user id, yet one person's records stay together.
  const subjectRef = randomUUID();
  const [row] = await tx.execute<Array<{ retained: number; deleted: number; retain_until: string | null }>>(erasureStatement(records), [
    userId,
    records.retention.years,
    subjectRef,
    userId,
  ]);
  return { retained: row.retained, deleted: row.deleted, retainUntil: row.retain_until ? new Date(row.retain_until) : null };
}

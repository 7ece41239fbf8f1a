import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { CarePlanErasureResult } from './care-plan-erasure-result.type';
import { CLINICAL_RETENTION_YEARS } from './retention';

/**
 * One statement, so every part sees the same rows: locks the client's plans that went beyond a
 * draft (clinical records), detaches them from the login under one pseudonym with one retention
 * date (their latest change, the last contact they record, + the retention period), deletes
 * the client's drafts, and counts both. `updated_at` stays the last clinical change (the clock
 * of the retention); `version` moves so a stale edit fails. The date comes back as JSON
 * (ISO-8601 with offset): the driver leaves raw timestamps as strings.
 */
const ERASE = `
with clinical as (
  select p.id, p.updated_at from care_plans p where p.client_id = ? and p.status <> 'DRAFT' for update
), retention as (
  select max(updated_at) + make_interval(years => ?) as retain_until from clinical
), retained as (
  update care_plans p
     set client_id = null, subject_ref = ?, retain_until = retention.retain_until, version = p.version + 1
    from clinical, retention
   where p.id = clinical.id
  returning p.retain_until
), deleted as (
  delete from care_plans p where p.client_id = ? and p.id not in (select id from clinical) returning p.id
)
select (select count(*) from retained)::int as retained,
       (select count(*) from deleted)::int as deleted,
       to_json((select max(retain_until) from retained)) as retain_until`;

/**
 * Erases a client's care plans for their account's deletion (UK GDPR art. 17, within the
 * limits of art. 17(3)(c): health records the law requires to be kept). Plans that were put to
 * use are retained without any link to the login; drafts are deleted. Idempotent: a second run
 * finds no plan with this client and changes nothing. Runs in one transaction.
 */
export async function eraseClientCarePlans(em: EntityManager, userId: string): Promise<CarePlanErasureResult> {
  return em.transactional(async (tx) => {
    // A fresh random pseudonym per erasure: no way back to the user id, yet one person's records stay together.
    const subjectRef = randomUUID();
    const [row] = await tx.execute<Array<{ retained: number; deleted: number; retain_until: string | null }>>(ERASE, [
      userId,
      CLINICAL_RETENTION_YEARS,
      subjectRef,
      userId,
    ]);
    return Object.assign(new CarePlanErasureResult(), {
      retained: row.retained,
      deleted: row.deleted,
      retainUntil: row.retain_until ? new Date(row.retain_until) : null,
    });
  });
}

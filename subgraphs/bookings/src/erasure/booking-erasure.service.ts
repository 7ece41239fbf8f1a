import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { BookingErasureResult } from './booking-erasure-result.type';
import { CLINICAL_RETENTION_YEARS } from './retention';

/**
 * Which bookings are clinical records: the session took place, or was due to and its outcome
 * is not recorded yet (CONFIRMED and started): when in doubt the record is kept, since a
 * deletion cannot be undone. `b` is the bookings alias.
 */
const CLINICAL = `(b.status in ('COMPLETED', 'NO_SHOW') or (b.status = 'CONFIRMED' and b.starts_at <= now()))`;

/**
 * One statement, so every part sees the same rows: locks the client's clinical bookings,
 * detaches them from the login under one pseudonym with one retention date (their latest end
 * + the retention period), deletes the rest of the client's bookings, and counts both.
 * `updated_at` stays the last clinical change; `version` moves so a stale edit fails. The date
 * comes back as JSON (ISO-8601 with offset): the driver leaves raw timestamps as strings.
 */
const ERASE = `
with clinical as (
  select b.id, b.ends_at from bookings b where b.client_id = ? and ${CLINICAL} for update
), retention as (
  select max(ends_at) + make_interval(years => ?) as retain_until from clinical
), retained as (
  update bookings b
     set client_id = null, subject_ref = ?, retain_until = retention.retain_until, version = b.version + 1
    from clinical, retention
   where b.id = clinical.id
  returning b.retain_until
), deleted as (
  delete from bookings b where b.client_id = ? and b.id not in (select id from clinical) returning b.id
)
select (select count(*) from retained)::int as retained,
       (select count(*) from deleted)::int as deleted,
       to_json((select max(retain_until) from retained)) as retain_until`;

/**
 * Erases a client's bookings for their account's deletion (UK GDPR art. 17, within the limits
 * of art. 17(3)(c): health records the law requires to be kept). Sessions that took place are
 * retained without any link to the login; everything else is deleted. Idempotent: a second run
 * finds no booking with this client and changes nothing. Runs in one transaction.
 */
export async function eraseClientBookings(em: EntityManager, userId: string): Promise<BookingErasureResult> {
  return em.transactional(async (tx) => {
    // A fresh random pseudonym per erasure: no way back to the user id, yet one person's records stay together.
    const subjectRef = randomUUID();
    const [row] = await tx.execute<Array<{ retained: number; deleted: number; retain_until: string | null }>>(ERASE, [
      userId,
      CLINICAL_RETENTION_YEARS,
      subjectRef,
      userId,
    ]);
    // The history of retained sessions keeps what happened, not who clicked: the client's id goes.
    await tx.execute('update booking_events set actor_id = null where actor_id = ?', [userId]);
    return Object.assign(new BookingErasureResult(), {
      retained: row.retained,
      deleted: row.deleted,
      retainUntil: row.retain_until ? new Date(row.retain_until) : null,
    });
  });
}

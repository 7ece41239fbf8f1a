import type { EntityManager } from '@mikro-orm/postgresql';
import { eraseClientRecords, type ClinicalRecordTable } from '@caregraph/runtime';
import { retentionFor } from '@caregraph/vocabulary';
import { BookingErasureResult } from './booking-erasure-result.type';

/**
 * Which bookings are clinical records: the session took place, or was due to and its outcome
 * is not recorded yet (CONFIRMED and started): when in doubt the record is kept, since a
 * deletion cannot be undone. Their retention clock is the session's end; the period is that of a
 * mental-health care session record (20 years, @caregraph/vocabulary record-retention).
 */
const BOOKING_RECORDS: ClinicalRecordTable = {
  table: 'bookings',
  clinical: `(r.status in ('COMPLETED', 'NO_SHOW') or (r.status = 'CONFIRMED' and r.starts_at <= now()))`,
  lastContact: 'ends_at',
  retention: retentionFor('SESSION'),
};

/**
 * Erases a client's bookings for their account's deletion (UK GDPR art. 17, within the limits
 * of art. 17(3)(c): health records the law requires to be kept). Sessions that took place are
 * retained without any link to the login; everything else is deleted. Idempotent: a second run
 * finds no booking with this client and changes nothing. Runs in one transaction, which also deletes
 * the client's waitlist entries, the referrals linked to them and the outbox notices addressed to the client.
 */
export async function eraseClientBookings(em: EntityManager, userId: string): Promise<BookingErasureResult> {
  return em.transactional(async (tx) => {
    const counts = await eraseClientRecords(tx, BOOKING_RECORDS, userId);
    // The history of retained sessions keeps what happened, not who clicked: the client's id goes.
    await tx.execute('update booking_events set actor_id = null where actor_id = ?', [userId]);
    // Referrals linked to the client hold their name, birth date and address: they go whole, with their history
    // (the sessions they led to are kept or deleted above; the referrer's own copy is in its own system).
    await tx.execute('delete from referrals where client_id = ?', [userId]);
    // Waiting for a therapist is no clinical record: the client's waitlist entries go whole.
    await tx.execute('delete from waitlist_entries where client_id = ?', [userId]);
    // Notices to the client, relayed or not, name their login: they go too (the sessions they were about are gone or retained).
    await tx.execute(`delete from outbox_events where payload->'recipients' @> ?::jsonb`, [JSON.stringify([{ kind: 'user', userId }])]);
    return Object.assign(new BookingErasureResult(), counts);
  });
}

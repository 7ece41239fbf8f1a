import type { EntityManager } from '@mikro-orm/postgresql';
import type { SessionFormat } from '@caregraph/vocabulary';
import { readReminderLeadHours } from '../config';
import { recordBookingNotice } from '../notices/booking-notice';

const HOUR = 3_600_000;

/** Sessions claimed, stamped and noticed per transaction: short transactions, short row locks. */
export const REMINDER_BATCH_SIZE = 200;

/**
 * Claims one batch of confirmed sessions starting in (now, until] that have no reminder yet, and stamps
 * them. The inner select goes through `bookings_reminder_due_index` (its predicate is the partial index's),
 * so the sweep reads only the few sessions waiting for a reminder, never the whole table; `skip locked`
 * lets a second sweep at the same moment take other rows instead of waiting for these (and a row another
 * sweep stamped meanwhile fails the re-checked `reminder_recorded_at is null`, so nobody is reminded twice).
 * Parameters: stamp, now, until, batch size.
 */
export const CLAIM_DUE_SESSIONS = `update "bookings" set "reminder_recorded_at" = ?
where "id" in (
  select "id" from "bookings"
  where "status" = 'CONFIRMED' and "reminder_recorded_at" is null and "starts_at" > ? and "starts_at" <= ?
  order by "starts_at"
  limit ?
  for update skip locked)
returning "id", "client_id", "therapist_id", "starts_at", "format"`;

interface ClaimedSession {
  id: string;
  client_id: string | null;
  therapist_id: string;
  starts_at: Date;
  format: SessionFormat;
}

/**
 * The `session-reminders` sweep (served at POST /internal/sweeps/session-reminders for the delivery
 * worker): every confirmed session starting within REMINDER_LEAD_HOURS of `now` that has not had its
 * reminder gets one `booking.reminder` notice, to the client and the therapist. Batch by batch, each one
 * transaction (the stamps and the notices commit together). Returns how many notices it recorded.
 */
export async function sweepSessionReminders(em: EntityManager, now: Date, batchSize = REMINDER_BATCH_SIZE): Promise<number> {
  const until = new Date(now.getTime() + readReminderLeadHours() * HOUR);
  let recorded = 0;
  for (;;) {
    const [claimed, noticed] = await em.fork().transactional(async (tx) => {
      const sessions = await tx.execute<ClaimedSession[]>(CLAIM_DUE_SESSIONS, [now, now, until, batchSize]);
      let count = 0;
      for (const s of sessions) {
        const booking = { id: s.id, clientId: s.client_id, therapistId: s.therapist_id, startsAt: new Date(s.starts_at), format: s.format };
        if (recordBookingNotice(tx, 'booking.reminder', booking, 'BOTH')) count += 1;
      }
      return [sessions.length, count] as const;
    });
    recorded += noticed;
    // A short batch means nothing due is left (or another sweep holds the rest).
    if (claimed < batchSize) return recorded;
  }
}

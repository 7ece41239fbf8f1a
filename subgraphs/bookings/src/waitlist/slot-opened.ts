import type { EntityManager } from '@mikro-orm/postgresql';
import { recordOutboxEvent, type OutboxEvent } from '@caregraph/runtime';
import type { SessionFormat } from '@caregraph/vocabulary';
import { SCHEDULE_LIMITS } from '../schedules/schedule-rules';

/** A time a cancellation or a move just gave back to a therapist's diary. */
export interface FreedSlot {
  therapistId: string;
  startsAt: Date;
  format: SessionFormat;
  /** The client of the booking that let it go: not told of the time they just gave up. */
  freedByClientId: string | null;
}

// The active entries waiting on that day (in the therapist's diary zone) and format, stamped as told; the
// day the start falls on is worked out by PostgreSQL, in the same statement, from the therapist's zone.
const STAMP_WAITING = `
update waitlist_entries w
   set last_notified_at = ?, notified_count = w.notified_count + 1
 where w.therapist_id = ? and w.ended_at is null
   and (w.format is null or w.format = ?)
   and (?::timestamptz at time zone coalesce((select s.time_zone from therapist_schedules s where s.therapist_id = w.therapist_id), ?))::date
       between w.from_date and w.to_date
   and w.client_id is distinct from ?::uuid
returning w.client_id as "clientId", w.created_at as "createdAt", w.id`;

/**
 * Records, in the caller's transaction, the one `waitlist.slot-opened` event for a freed time: to the
 * clients waiting on that day and format, in the order they joined. Its facts are the therapist, the
 * time and the format, nothing about anyone. The entries are stamped as told and stay active. Records
 * nothing, and returns null, when nobody waits.
 */
export async function recordSlotOpened(em: EntityManager, slot: FreedSlot, now: Date = new Date()): Promise<OutboxEvent | null> {
  const rows = await em.execute<Array<{ clientId: string; createdAt: Date; id: string }>>(STAMP_WAITING, [
    now,
    slot.therapistId,
    slot.format,
    slot.startsAt.toISOString(),
    SCHEDULE_LIMITS.defaultTimeZone,
    slot.freedByClientId,
  ]);
  if (rows.length === 0) return null;
  // RETURNING keeps no order: the order people asked in is put back here.
  const inOrder = rows.sort((a, b) => new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() || a.id.localeCompare(b.id));
  return recordOutboxEvent(em, 'waitlist.slot-opened', {
    recipients: inOrder.map((row) => ({ kind: 'user', userId: row.clientId, role: 'CLIENT' })),
    facts: { therapistId: slot.therapistId, startsAt: slot.startsAt.toISOString(), format: slot.format },
  });
}

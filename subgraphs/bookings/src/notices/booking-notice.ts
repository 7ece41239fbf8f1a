import type { EntityManager } from '@mikro-orm/postgresql';
import { recordOutboxEvent, type OutboxEvent, type OutboxPayload, type OutboxRecipient } from '@caregraph/runtime';
import type { Booking } from '../bookings/booking.entity';

/** The outbox kinds bookings records (the delivery worker's message catalogue knows each one). */
export type BookingNoticeKind =
  | 'booking.requested'
  | 'booking.confirmed'
  | 'booking.declined'
  | 'booking.cancelled'
  | 'booking.moved'
  | 'booking.reminder'
  | 'booking.check-in-invitation';

/** Who may be told about a booking: the client, the therapist, or both. */
export type NoticeAudience = 'CLIENT' | 'THERAPIST' | 'BOTH';

/**
 * The people a notice about `booking` goes to. The client is a user bookings knows by id; the therapist
 * is known only by listing id (the worker asks therapists for the user). A client whose account was
 * erased has no id left and so is told nothing.
 */
export function recipientsOf(booking: Pick<Booking, 'clientId' | 'therapistId'>, audience: NoticeAudience): OutboxRecipient[] {
  const recipients: OutboxRecipient[] = [];
  if (audience !== 'THERAPIST' && booking.clientId) recipients.push({ kind: 'user', userId: booking.clientId, role: 'CLIENT' });
  if (audience !== 'CLIENT') recipients.push({ kind: 'therapist', therapistId: booking.therapistId });
  return recipients;
}

/**
 * What every booking notice says: which booking, with whom, when and how. Never the note, the reasons,
 * the postcode, the fee or any name: the message only says there is something to see, and links to it.
 */
export function bookingFacts(booking: Pick<Booking, 'id' | 'therapistId' | 'startsAt' | 'format'>): OutboxPayload['facts'] {
  return { bookingId: booking.id, therapistId: booking.therapistId, startsAt: booking.startsAt.toISOString(), format: booking.format };
}

/**
 * Records a notice about `booking` in `em`'s unit of work: call it inside the transaction making the
 * change, so the notice commits with it or not at all. `extra` adds the kind's own facts (who cancelled,
 * the previous time). Records nothing, and returns null, when nobody is left to tell.
 */
export function recordBookingNotice(
  em: EntityManager,
  kind: BookingNoticeKind,
  booking: Pick<Booking, 'id' | 'clientId' | 'therapistId' | 'startsAt' | 'format'>,
  audience: NoticeAudience,
  extra: OutboxPayload['facts'] = {},
): OutboxEvent | null {
  const recipients = recipientsOf(booking, audience);
  if (recipients.length === 0) return null;
  return recordOutboxEvent(em, kind, { recipients, facts: { ...bookingFacts(booking), ...extra } });
}

import { recordOutboxEvent } from '@caregraph/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../bookings/booking.entity';
import { BookingAction } from '../lifecycle/booking-action';
import { ReferralStatus } from './referral-enums';
import { Referral } from './referral.entity';

/** What happened to a referral, as its referrer's systems hear it (docs/adr/030). */
export type ReferralEventKind = 'referral.accepted' | 'referral.declined' | 'referral.booked' | 'referral.discharged';

/** The booking steps a referrer hears of, as the outbox kind each becomes. */
const BOOKING_KINDS: Partial<Record<BookingAction, string>> = {
  [BookingAction.CONFIRM]: 'booking.confirmed',
  [BookingAction.CANCEL]: 'booking.cancelled',
  [BookingAction.COMPLETE]: 'booking.completed',
  [BookingAction.MARK_NO_SHOW]: 'booking.no-show',
};

/**
 * Tells the organisation that sent `referral` what happened to it, in the caller's transaction: ids and
 * states only, never the reason, the person or the summary. A GP letter the person entered has no
 * organisation, and nothing is recorded.
 */
export function recordReferralEvent(em: EntityManager, referral: Referral, kind: ReferralEventKind, bookingId?: string): void {
  tellReferrer(em, referral, kind, { status: referral.status, ...(bookingId ? { bookingId } : {}) });
}

/** The one outbox event a referrer's systems hear: for the referral's organisation alone, its id beside `facts`. */
function tellReferrer(em: EntityManager, referral: Referral, kind: string, facts: Record<string, string>): void {
  if (!referral.organisationId) return;
  recordOutboxEvent(em, kind, { recipients: [{ kind: 'organisation', organisationId: referral.organisationId }], facts: { referralId: referral.id, ...facts } });
}

/**
 * The organisation's referral a booking belongs to: the one it was booked from, or, for a session booked
 * later, the referral of the same client and therapist that is BOOKED (care under it has not ended). Null for a booking
 * outside any organisation's referral.
 */
export async function referralOfBooking(em: EntityManager, booking: Pick<Booking, 'referralId' | 'clientId' | 'therapistId' | 'createdAt'>): Promise<Referral | null> {
  if (booking.referralId) return em.findOne(Referral, { id: booking.referralId, organisationId: { $ne: null } });
  if (!booking.clientId) return null;
  const referral = await em.findOne(
    Referral,
    { therapistId: booking.therapistId, status: ReferralStatus.BOOKED, clientId: booking.clientId, organisationId: { $ne: null } },
    { orderBy: { statusChangedAt: 'desc' } },
  );
  // A session the person booked before the referral was booked is their own: the referrer never hears of it.
  return referral && booking.createdAt.getTime() >= referral.statusChangedAt.getTime() ? referral : null;
}

/**
 * Tells the referrer of a booking's referral about a step on it (confirmed, cancelled, completed, no-show),
 * in the step's transaction: its own event with the booking's id and new status and the referral's id. A
 * booking from no organisation's referral, or a step a referrer does not hear of, records nothing.
 */
export async function recordReferrerBookingEvent(em: EntityManager, booking: Booking, action: BookingAction): Promise<void> {
  const kind = BOOKING_KINDS[action];
  if (!kind) return;
  const referral = await referralOfBooking(em, booking);
  if (referral) tellReferrer(em, referral, kind, { bookingId: booking.id, status: booking.status });
}

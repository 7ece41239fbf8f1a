import type { EntityManager } from '@mikro-orm/postgresql';
import type { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { BookingAction } from '../lifecycle/booking-action';
import { recordBookingNotice, type NoticeAudience } from './booking-notice';

/** Who took a step: one of the two people in the session, or an admin acting for the platform. */
export type StepActor = 'CLIENT' | 'THERAPIST' | 'ADMIN';

/** The person the actor is not; an admin's step concerns both. */
function otherParty(actor: StepActor): NoticeAudience {
  if (actor === 'CLIENT') return 'THERAPIST';
  if (actor === 'THERAPIST') return 'CLIENT';
  return 'BOTH';
}

/** What a step's notice needs beyond the booking as it now is. */
export interface StepNoticeDetails {
  actor: StepActor;
  /** A cancellation inside the cancellation cut-off. */
  late?: boolean;
  /** A move: where the session was before. */
  previousStartsAt?: Date;
}

/** A booking just made: the therapist hears of it; when it needed no confirmation, the client is told it is confirmed. */
export function recordBookingCreated(em: EntityManager, booking: Booking): void {
  recordBookingNotice(em, 'booking.requested', booking, 'THERAPIST', { status: booking.status });
  if (booking.status === BookingStatus.CONFIRMED) recordBookingNotice(em, 'booking.confirmed', booking, 'CLIENT');
}

/**
 * Records the notice of one lifecycle step on `booking` (already changed), in the step's transaction.
 * A no-show is between the therapist and the client already: it tells nobody.
 */
export function recordStepNotice(em: EntityManager, booking: Booking, action: BookingAction, details: StepNoticeDetails): void {
  switch (action) {
    case BookingAction.CONFIRM:
      recordBookingNotice(em, 'booking.confirmed', booking, 'CLIENT');
      return;
    case BookingAction.DECLINE:
      recordBookingNotice(em, 'booking.declined', booking, 'CLIENT');
      return;
    case BookingAction.CANCEL:
      recordBookingNotice(em, 'booking.cancelled', booking, otherParty(details.actor), { cancelledBy: details.actor, late: details.late ?? false });
      return;
    case BookingAction.RESCHEDULE:
      recordBookingNotice(em, 'booking.moved', booking, otherParty(details.actor), { previousStartsAt: details.previousStartsAt?.toISOString() ?? null });
      return;
    case BookingAction.COMPLETE:
      recordBookingNotice(em, 'booking.check-in-invitation', booking, 'CLIENT');
      return;
    case BookingAction.MARK_NO_SHOW:
      return;
  }
}

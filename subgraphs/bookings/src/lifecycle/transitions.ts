import { BookingStatus } from '../bookings/booking-status';
import { BookingAction } from './booking-action';
import { BookingParty } from '../bookings/booking-party';

/** Who may take a step, from which statuses, to which status, and on which side of the session's start. */
export interface Transition {
  from: readonly BookingStatus[];
  /** null: the status stays (a reschedule). */
  to: BookingStatus | null;
  by: readonly BookingParty[];
  when: 'BEFORE_START' | 'AFTER_START';
}

const LIVE = [BookingStatus.REQUESTED, BookingStatus.CONFIRMED] as const;

/** The booking lifecycle. Anything not listed here is an illegal transition. */
export const TRANSITIONS: Record<BookingAction, Transition> = {
  CONFIRM: { from: [BookingStatus.REQUESTED], to: BookingStatus.CONFIRMED, by: [BookingParty.THERAPIST], when: 'BEFORE_START' },
  DECLINE: { from: [BookingStatus.REQUESTED], to: BookingStatus.DECLINED, by: [BookingParty.THERAPIST], when: 'BEFORE_START' },
  CANCEL: { from: LIVE, to: BookingStatus.CANCELLED, by: [BookingParty.CLIENT, BookingParty.THERAPIST], when: 'BEFORE_START' },
  COMPLETE: { from: [BookingStatus.CONFIRMED], to: BookingStatus.COMPLETED, by: [BookingParty.THERAPIST], when: 'AFTER_START' },
  MARK_NO_SHOW: { from: [BookingStatus.CONFIRMED], to: BookingStatus.NO_SHOW, by: [BookingParty.THERAPIST], when: 'AFTER_START' },
  RESCHEDULE: { from: LIVE, to: null, by: [BookingParty.CLIENT, BookingParty.THERAPIST], when: 'BEFORE_START' },
};

/** How many times one booking may move. */
export const MAX_RESCHEDULES = 2;

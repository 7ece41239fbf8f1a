import type { BookingAction, BookingParty, ReferralSource } from '../gql/graphql';

// Words shown for bookings (British English).

export const BOOKING_ACTION_LABELS: Record<BookingAction, string> = {
  CONFIRM: 'Confirmed',
  DECLINE: 'Declined',
  CANCEL: 'Cancelled',
  COMPLETE: 'Completed',
  MARK_NO_SHOW: 'Marked as did not attend',
  RESCHEDULE: 'Moved',
};

export const PARTY_LABELS: Record<BookingParty, string> = { CLIENT: 'Client', THERAPIST: 'Therapist' };

export const REFERRAL_LABELS: Record<ReferralSource, string> = {
  SELF: 'Self-referral',
  GP: 'GP',
  NHS_CMHT: 'NHS community mental-health team',
  EMPLOYER: 'Employer',
  LOCAL_COUNCIL: 'Local council',
};

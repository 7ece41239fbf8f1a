import { BookingStatus } from './booking-status';

/**
 * The graph's one definition of a care relationship between a therapist and a client: at least one booking
 * between them that was not cancelled or declined (docs/adr/021). `Therapist.hasCareRelationshipWith` (which
 * care-plans asks before a plan is opened) and `myClients` both read it from here.
 */
export const CARE_RELATIONSHIP_STATUSES: readonly BookingStatus[] = [BookingStatus.REQUESTED, BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW];

/** Sessions still going ahead (when they start later than now): asked for, or accepted. */
export const GOING_AHEAD_STATUSES: readonly BookingStatus[] = [BookingStatus.REQUESTED, BookingStatus.CONFIRMED];

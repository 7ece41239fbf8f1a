import type { BookingSummaryFragment } from '../gql/graphql';

/** Most times a session may be moved (bookings' rule). */
export const MAX_RESCHEDULES = 2;

/** Still ahead and not called off: the person may cancel or move it. */
export function isUpcoming(booking: Pick<BookingSummaryFragment, 'status' | 'startsAt'>, now: number): boolean {
  return (booking.status === 'REQUESTED' || booking.status === 'CONFIRMED') && Date.parse(booking.startsAt) > now;
}

export function canReschedule(booking: Pick<BookingSummaryFragment, 'status' | 'startsAt' | 'rescheduleCount'>, now: number): boolean {
  return isUpcoming(booking, now) && booking.rescheduleCount < MAX_RESCHEDULES;
}

/** Cancelling less than a day ahead is recorded as a late cancellation: say so before the person confirms. */
export function isLateCancellation(startsAt: string, now: number): boolean {
  return Date.parse(startsAt) - now < 24 * 3_600_000;
}

/** Upcoming sessions soonest first, then the rest latest first (the graph lists latest first). */
export function splitBookings<T extends Pick<BookingSummaryFragment, 'status' | 'startsAt'>>(bookings: readonly T[], now: number): { upcoming: T[]; past: T[] } {
  const upcoming = bookings.filter((b) => isUpcoming(b, now)).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = bookings.filter((b) => !isUpcoming(b, now));
  return { upcoming, past };
}

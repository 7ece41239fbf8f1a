import type { BookingSummaryFragment } from '../gql/graphql';

/** Still ahead and not called off: the person may cancel or move it. */
export function isUpcoming(booking: Pick<BookingSummaryFragment, 'status' | 'startsAt'>, now: number): boolean {
  return (booking.status === 'REQUESTED' || booking.status === 'CONFIRMED') && Date.parse(booking.startsAt) > now;
}

/** The move limit is the graph's (`Booking.movesLeft`): the app keeps no copy of the rule. */
export function canReschedule(booking: Pick<BookingSummaryFragment, 'status' | 'startsAt' | 'movesLeft'>, now: number): boolean {
  return isUpcoming(booking, now) && booking.movesLeft > 0;
}

/** Upcoming sessions soonest first, then the rest latest first (the graph lists latest first). */
export function splitBookings<T extends Pick<BookingSummaryFragment, 'status' | 'startsAt'>>(bookings: readonly T[], now: number): { upcoming: T[]; past: T[] } {
  const upcoming = bookings.filter((b) => isUpcoming(b, now)).sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const past = bookings.filter((b) => !isUpcoming(b, now));
  return { upcoming, past };
}

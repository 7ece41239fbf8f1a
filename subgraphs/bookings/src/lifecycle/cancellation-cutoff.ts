import type { Booking } from '../bookings/booking.entity';

const HOUR = 3_600_000;

/** The last instant the session can be cancelled without it counting as late: its start less the cut-off it was booked under. */
export function freeCancellationUntil(booking: Pick<Booking, 'startsAt' | 'cancellationCutoffHours'>): Date {
  return new Date(booking.startsAt.getTime() - booking.cancellationCutoffHours * HOUR);
}

/** Whether a cancellation at `now` (ms) falls after free cancellation ended: late when the client makes it. */
export function isInsideCutoff(booking: Pick<Booking, 'startsAt' | 'cancellationCutoffHours'>, now: number): boolean {
  return now > freeCancellationUntil(booking).getTime();
}

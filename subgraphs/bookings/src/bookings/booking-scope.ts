import { UserInputError } from '@caregraph/kernel';
import { assertSpanOrder } from '@caregraph/runtime';
import type { BookingStatus } from './booking-status';
import type { TherapistBookingFilter } from './therapist-booking-filter.input';

/** Which of an owner's bookings a page holds, and in which order (booking-pages.ts). */
export interface BookingScope {
  /** Only live sessions (REQUESTED, CONFIRMED) starting after this instant, soonest first. */
  upcomingAfter?: Date;
  statuses?: readonly BookingStatus[];
  startsFrom?: Date;
  startsBefore?: Date;
  earliestFirst?: boolean;
}

/** Longest span a therapist's filtered list may cover: about a quarter, enough for any agenda. */
export const MAX_FILTER_SPAN_DAYS = 93;

/** The scope a `TherapistBookingFilter` asks for, once its bounds are checked (BAD_USER_INPUT naming the field). */
export function therapistBookingScope(filter: TherapistBookingFilter | null | undefined, earliestFirst: boolean | null | undefined): BookingScope {
  const { statuses, startsFrom, startsBefore } = filter ?? {};
  assertSpanOrder(startsFrom, startsBefore, { from: 'filter.startsFrom', to: 'filter.startsBefore' });
  if (startsFrom && startsBefore && startsBefore.getTime() - startsFrom.getTime() > MAX_FILTER_SPAN_DAYS * 86_400_000) {
    throw new UserInputError('filter.startsBefore', `filter.startsBefore must be at most ${MAX_FILTER_SPAN_DAYS} days after filter.startsFrom.`);
  }
  return {
    ...(statuses?.length ? { statuses } : {}),
    ...(startsFrom ? { startsFrom } : {}),
    ...(startsBefore ? { startsBefore } : {}),
    ...(earliestFirst ? { earliestFirst: true } : {}),
  };
}

/** A stable key for a scope, so pages asked for with the same one share a batching loader. */
export function scopeKey(scope: BookingScope): string {
  return JSON.stringify([scope.upcomingAfter?.toISOString(), scope.statuses ? [...scope.statuses].sort() : null, scope.startsFrom?.toISOString(), scope.startsBefore?.toISOString(), !!scope.earliestFirst]);
}

import { useState } from 'react';
import type { WorkspaceBookingsQueryVariables } from '../gql/graphql';

// The slices of a therapist's bookings each screen shows, as WorkspaceBookings variables. `now` is
// fixed per screen (see useScreenNow) so the variables, and with them the cache entry, stay the same.

/** Requests still to answer, soonest first. */
export function requestWindow(now: string): WorkspaceBookingsQueryVariables {
  return { filter: { statuses: ['REQUESTED'], startsFrom: now }, earliestFirst: true };
}

/** Confirmed sessions that have started and still need an outcome, oldest first. */
export function outcomeWindow(now: string): WorkspaceBookingsQueryVariables {
  return { filter: { statuses: ['CONFIRMED'], startsBefore: now }, earliestFirst: true };
}

/** Confirmed sessions still to come, soonest first: today's and the next few. */
export function comingUpWindow(now: string): WorkspaceBookingsQueryVariables {
  return { filter: { statuses: ['CONFIRMED'], startsFrom: now }, earliestFirst: true, first: 30 };
}

/**
 * The sessions of a week of UK days (`YYYY-MM-DD` keys, Monday first), earliest first. UK midnight is
 * 00:00 or 23:00 UTC, so the window starts an hour early; the agenda sorts sessions into UK days.
 */
export function weekWindow(days: readonly string[]): WorkspaceBookingsQueryVariables {
  const from = new Date(`${days[0]}T00:00:00Z`);
  from.setUTCHours(-1);
  const before = new Date(`${days[days.length - 1]}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() + 1);
  return { filter: { startsFrom: from.toISOString(), startsBefore: before.toISOString() }, earliestFirst: true };
}

/** A client's completed sessions, latest first (what a progress review may be recorded against). */
export const COMPLETED_SESSIONS: WorkspaceBookingsQueryVariables = { filter: { statuses: ['COMPLETED'] } };

/** The moment a screen opened, fixed while it stays open (the windows above are built from it). */
export function useScreenNow(): string {
  const [now] = useState(() => new Date().toISOString());
  return now;
}

import type { WorkspaceSessionFragment } from '../gql/graphql';
import { ukDayKey } from '../format/format';

export type Session = WorkspaceSessionFragment;

/** What the therapist may do with a session now (the graph's lifecycle: docs/architecture.md#bookings). */
export type SessionAction = 'confirm' | 'decline' | 'move' | 'cancel' | 'complete' | 'noShow';

/** The move limit is the graph's (`Booking.movesLeft`): the app keeps no copy of the rule. */
export function actionsFor(session: Pick<Session, 'status' | 'startsAt' | 'movesLeft'>, now: Date = new Date()): SessionAction[] {
  const started = new Date(session.startsAt).getTime() <= now.getTime();
  const move: SessionAction[] = session.movesLeft > 0 ? ['move'] : [];
  if (session.status === 'REQUESTED') return started ? [] : ['confirm', 'decline', ...move, 'cancel'];
  if (session.status === 'CONFIRMED') return started ? ['complete', 'noShow'] : [...move, 'cancel'];
  return [];
}

/** Sessions waiting for the therapist's answer, soonest first. */
export function requests(sessions: readonly Session[], now: Date = new Date()): Session[] {
  return sessions.filter((s) => s.status === 'REQUESTED' && new Date(s.startsAt) > now).sort(byStart);
}

/** Confirmed sessions that have started and still need an outcome (took place, or the client did not come), oldest first. */
export function awaitingOutcome(sessions: readonly Session[], now: Date = new Date()): Session[] {
  return sessions.filter((s) => s.status === 'CONFIRMED' && new Date(s.startsAt) <= now).sort(byStart);
}

/** Confirmed sessions still to come, split into today's (UK day) and later ones, soonest first. */
export function comingUp(sessions: readonly Session[], now: Date = new Date()): { today: Session[]; later: Session[] } {
  const todayKey = ukDayKey(now.toISOString());
  const upcoming = sessions.filter((s) => s.status === 'CONFIRMED' && new Date(s.startsAt) > now).sort(byStart);
  return { today: upcoming.filter((s) => ukDayKey(s.startsAt) === todayKey), later: upcoming.filter((s) => ukDayKey(s.startsAt) !== todayKey) };
}

/** Monday 00:00 (UK day) of the week `offset` weeks from the one holding `now`, as a `YYYY-MM-DD` key, and the seven day keys. */
export function weekDays(now: Date, offset = 0): string[] {
  const today = new Date(`${ukDayKey(now.toISOString())}T12:00:00Z`);
  const monday = new Date(today);
  monday.setUTCDate(today.getUTCDate() - ((today.getUTCDay() + 6) % 7) + offset * 7);
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(monday);
    day.setUTCDate(monday.getUTCDate() + i);
    return day.toISOString().slice(0, 10);
  });
}

/** The week's sessions that are (or were) going ahead, by UK day, for the agenda. */
export function agenda(sessions: readonly Session[], days: readonly string[]): Array<{ day: string; sessions: Session[] }> {
  const shown = sessions.filter((s) => s.status === 'CONFIRMED' || s.status === 'REQUESTED' || s.status === 'COMPLETED' || s.status === 'NO_SHOW').sort(byStart);
  return days.map((day) => ({ day, sessions: shown.filter((s) => ukDayKey(s.startsAt) === day) }));
}

function byStart(a: Pick<Session, 'startsAt'>, b: Pick<Session, 'startsAt'>): number {
  return a.startsAt.localeCompare(b.startsAt);
}

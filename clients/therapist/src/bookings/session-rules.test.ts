import { actionsFor, agenda, awaitingOutcome, comingUp, requests, weekDays, type Session } from './session-rules';

const now = new Date('2026-03-04T10:00:00Z'); // a Wednesday
const session = (id: string, status: string, startsAt: string): Session =>
  ({ id, status, startsAt, endsAt: startsAt, format: 'ONLINE', referralSource: 'SELF', movesLeft: 2, client: { id: `c-${id}`, displayName: `Client ${id}` } }) as unknown as Session;

describe('what a therapist can do with a session', () => {
  it('confirms, declines or cancels a request before it starts; nothing once it has started', () => {
    expect(actionsFor(session('a', 'REQUESTED', '2026-03-05T10:00:00Z'), now)).toEqual(['confirm', 'decline', 'move', 'cancel']);
    expect(actionsFor(session('a', 'REQUESTED', '2026-03-04T09:00:00Z'), now)).toEqual([]);
  });

  it('cancels a confirmed session before it starts, and records its outcome after', () => {
    expect(actionsFor(session('a', 'CONFIRMED', '2026-03-05T10:00:00Z'), now)).toEqual(['move', 'cancel']);
    // Moved twice already: it can still be cancelled, no longer moved.
    expect(actionsFor({ ...session('a', 'CONFIRMED', '2026-03-05T10:00:00Z'), movesLeft: 0 }, now)).toEqual(['cancel']);
    expect(actionsFor(session('a', 'CONFIRMED', '2026-03-04T09:00:00Z'), now)).toEqual(['complete', 'noShow']);
    for (const status of ['COMPLETED', 'NO_SHOW', 'CANCELLED', 'DECLINED']) expect(actionsFor(session('a', status, '2026-03-05T10:00:00Z'), now)).toEqual([]);
  });
});

describe('the lists of the home screen and bookings', () => {
  const all = [
    session('later-request', 'REQUESTED', '2026-03-09T10:00:00Z'),
    session('soon-request', 'REQUESTED', '2026-03-04T15:00:00Z'),
    session('past', 'CONFIRMED', '2026-03-03T10:00:00Z'),
    session('today', 'CONFIRMED', '2026-03-04T16:00:00Z'),
    session('tomorrow', 'CONFIRMED', '2026-03-05T09:00:00Z'),
    session('declined', 'DECLINED', '2026-03-05T11:00:00Z'),
  ];

  it('puts requests soonest first, and past confirmed sessions in the outcomes to record', () => {
    expect(requests(all, now).map((s) => s.id)).toEqual(['soon-request', 'later-request']);
    expect(awaitingOutcome(all, now).map((s) => s.id)).toEqual(['past']);
  });

  it("splits confirmed sessions to come into today's (UK day) and later ones", () => {
    const { today, later } = comingUp(all, now);
    expect(today.map((s) => s.id)).toEqual(['today']);
    expect(later.map((s) => s.id)).toEqual(['tomorrow']);
  });

  it('lays a week out Monday to Sunday, leaving declined and cancelled sessions out', () => {
    const days = weekDays(now);
    expect(days).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(weekDays(now, 1)[0]).toBe('2026-03-09');
    const byDay = agenda(all, days);
    expect(byDay.find((d) => d.day === '2026-03-05')!.sessions.map((s) => s.id)).toEqual(['tomorrow']);
    expect(byDay.find((d) => d.day === '2026-03-04')!.sessions.map((s) => s.id)).toEqual(['soon-request', 'today']);
  });
});

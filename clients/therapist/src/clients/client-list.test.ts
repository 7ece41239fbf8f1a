import type { Session } from '../bookings/session-rules';
import { clientList } from './client-list';

const now = new Date('2026-03-04T10:00:00Z');
const session = (client: string, status: string, startsAt: string): Session =>
  ({ id: `${client}-${startsAt}`, status, startsAt, endsAt: startsAt, client: { id: client, displayName: client.toUpperCase() } }) as unknown as Session;

describe('the client list', () => {
  it('holds clients with a session that was not cancelled or declined, or a plan, by name', () => {
    const sessions = [
      session('bo', 'COMPLETED', '2026-03-01T10:00:00Z'),
      session('bo', 'CONFIRMED', '2026-03-10T10:00:00Z'),
      session('bo', 'REQUESTED', '2026-03-06T10:00:00Z'),
      session('al', 'DECLINED', '2026-03-06T10:00:00Z'),
      session('cy', 'CANCELLED', '2026-03-06T10:00:00Z'),
    ];
    const plans = [{ id: 'p', status: 'ACTIVE', startDate: '2026-01-01', nextReviewDue: '2026-04-01', overdueForReview: false, client: { id: 'di', displayName: 'DI' } }];
    const list = clientList(sessions, plans, now);
    expect(list.map((c) => c.id)).toEqual(['bo', 'di']);
    expect(list[0].completedSessions).toBe(1);
    expect(list[0].nextSession?.startsAt).toBe('2026-03-06T10:00:00Z');
    expect(list[1].plans.map((p) => p.id)).toEqual(['p']);
  });
});

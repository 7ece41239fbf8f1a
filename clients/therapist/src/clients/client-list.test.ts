import { clientList, type ClientPlan, type TherapistClient } from './client-list';

const client = (id: string, completedSessions = 0, nextAt?: string): TherapistClient => ({
  client: { id, displayName: id.toUpperCase() },
  completedSessions,
  nextSession: nextAt ? { id: `${id}-next`, startsAt: nextAt } : null,
});
const plan = (id: string, clientId: string | null): ClientPlan => ({
  id,
  status: 'ACTIVE',
  startDate: '2026-01-01',
  nextReviewDue: '2026-04-01',
  overdueForReview: false,
  client: clientId ? { id: clientId, displayName: clientId.toUpperCase() } : null,
});

describe('the client list', () => {
  it("puts each client's plans beside them, keeps plan-only clients, leaves out plans of erased clients, by name", () => {
    const list = clientList([client('cy', 0, '2026-03-06T10:00:00Z'), client('bo', 2)], [plan('p1', 'bo'), plan('p2', 'al'), plan('p3', null)]);
    expect(list.map((c) => c.id)).toEqual(['al', 'bo', 'cy']);
    expect(list[0]).toMatchObject({ completedSessions: 0, plans: [{ id: 'p2' }] });
    expect(list[1]).toMatchObject({ completedSessions: 2, nextSession: null, plans: [{ id: 'p1' }] });
    expect(list[2]).toMatchObject({ nextSession: { startsAt: '2026-03-06T10:00:00Z' }, plans: [] });
  });
});

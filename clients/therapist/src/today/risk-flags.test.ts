import { openFlags } from './risk-flags';

describe('open risk flags on the home screen', () => {
  it('lists only unacknowledged flags across plans, oldest first, with the client', () => {
    const plans = [
      { id: 'p1', client: { displayName: 'Ash' }, riskFlags: [{ id: 'f1', reason: 'PHQ-9 item 9: 2', raisedAt: '2026-03-03T10:00:00Z', acknowledgedAt: null }] },
      {
        id: 'p2',
        client: null,
        riskFlags: [
          { id: 'f2', reason: 'PHQ-9 item 9: 1', raisedAt: '2026-03-01T10:00:00Z', acknowledgedAt: null },
          { id: 'f3', reason: 'PHQ-9 item 9: 3', raisedAt: '2026-02-01T10:00:00Z', acknowledgedAt: '2026-02-01T12:00:00Z' },
        ],
      },
    ];
    expect(openFlags(plans)).toEqual([
      { id: 'f2', reason: 'PHQ-9 item 9: 1', raisedAt: '2026-03-01T10:00:00Z', carePlanId: 'p2', clientName: 'A former client' },
      { id: 'f1', reason: 'PHQ-9 item 9: 2', raisedAt: '2026-03-03T10:00:00Z', carePlanId: 'p1', clientName: 'Ash' },
    ]);
  });
});

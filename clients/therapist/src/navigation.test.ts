import type { NavEntry } from './layout/nav';
import { NAVIGATION, navigationFor } from './navigation';

describe('the workspace navigation', () => {
  it('puts Today first, then Bookings, Referrals (an inbox beside the requests) and Clients, for a signed-in therapist', () => {
    expect(navigationFor(true).slice(0, 4).map((e) => e.label)).toEqual(['Today', 'Bookings', 'Referrals', 'Clients']);
  });

  it('shows visitors only the entries meant for them', () => {
    const entries: NavEntry[] = [...NAVIGATION, { to: '/join', label: 'Join', audience: 'signedOut', order: 5 }];
    expect(navigationFor(false, entries).map((e) => e.to)).toEqual(['/join']);
    expect(navigationFor(true, entries).map((e) => e.to)).not.toContain('/join');
  });
});

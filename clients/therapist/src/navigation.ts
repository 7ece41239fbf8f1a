import { bookingsNav } from './bookings/nav';
import { clientsNav } from './clients/nav';
import { joiningNav } from './joining/nav';
import type { NavEntry } from './layout/nav';
import { listingNav } from './listing/nav';
import { referralsNav } from './referrals/nav';
import { scheduleNav } from './schedule/nav';
import { todayNav } from './today/nav';

/** Every area's navigation entries, in bar order (each area keeps its own in its `nav.ts`). */
export const NAVIGATION: readonly NavEntry[] = [...todayNav, ...bookingsNav, ...referralsNav, ...clientsNav, ...listingNav, ...scheduleNav, ...joiningNav].sort((a, b) => a.order - b.order);

/** The entries for a signed-in therapist, or for a visitor. */
export function navigationFor(signedIn: boolean, entries: readonly NavEntry[] = NAVIGATION): NavEntry[] {
  return entries.filter((entry) => (entry.audience ?? 'signedIn') === (signedIn ? 'signedIn' : 'signedOut'));
}

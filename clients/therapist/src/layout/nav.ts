/** One link in the workspace's main navigation. Each area's `nav.ts` lists its own. */
export interface NavEntry {
  to: string;
  label: string;
  /** Who sees it: people signed in (the default) or visitors who are not. */
  audience?: 'signedIn' | 'signedOut';
  /** Position in the bar, lowest first (Today is 10, Bookings 20, Clients 30). */
  order: number;
}

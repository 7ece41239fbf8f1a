import type { NavEntry } from '../layout/nav';

/** The listing area's entries in the main navigation. */
export const listingNav: NavEntry[] = [{ to: '/listing', label: 'Listing', order: 40 }];

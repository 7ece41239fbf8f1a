import type { NavEntry } from '../layout/nav';

/** The joining area's entries in the main navigation: none, visitors reach joining from the sign-in page's link. */
export const joiningNav: NavEntry[] = [];

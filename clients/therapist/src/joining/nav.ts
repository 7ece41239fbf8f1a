import type { NavEntry } from '../layout/nav';

/** The joining area's entries in the main navigation. */
export const joiningNav: NavEntry[] = [];

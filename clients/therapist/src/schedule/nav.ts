import type { NavEntry } from '../layout/nav';

/** The schedule area's entries in the main navigation. */
export const scheduleNav: NavEntry[] = [{ to: '/schedule', label: 'Schedule', order: 50 }];

import type { NavEntry } from '../layout/nav';

export const todayNav: NavEntry[] = [{ to: '/', label: 'Today', order: 10 }];

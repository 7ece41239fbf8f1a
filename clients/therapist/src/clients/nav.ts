import type { NavEntry } from '../layout/nav';

export const clientsNav: NavEntry[] = [{ to: '/clients', label: 'Clients', order: 30 }];

import type { NavEntry } from '../layout/nav';

export const bookingsNav: NavEntry[] = [{ to: '/bookings', label: 'Bookings', order: 20 }];

import type { NavEntry } from '../layout/nav';

export const referralsNav: NavEntry[] = [{ to: '/referrals', label: 'Referrals', order: 25 }];

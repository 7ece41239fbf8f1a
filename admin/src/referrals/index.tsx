import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import type { ResourceProps } from 'react-admin';
import { ReferralList } from './ReferralList';

/** Referrals, read-only and states only; data: referrals-handler.ts. */
export const referrals: ResourceProps = {
  name: 'referrals',
  list: ReferralList,
  icon: ForwardToInboxIcon,
  options: { label: 'Referrals' },
};

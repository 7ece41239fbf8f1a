import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { ResourceProps } from 'react-admin';
import { QueueList } from './QueueList';

/** Listings waiting for an admin (a row opens the listing's page); data: queue-handler.ts. */
export const moderationQueue: ResourceProps = {
  name: 'moderationQueue',
  list: QueueList,
  icon: FactCheckIcon,
  options: { label: 'Moderation queue' },
};

import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import type { ResourceProps } from 'react-admin';
import { DeliveryList } from './DeliveryList';

/** Notification deliveries, newest first, with Retry on the dead ones; data: deliveries-handler.ts. */
export const deliveries: ResourceProps = {
  name: 'deliveries',
  list: DeliveryList,
  icon: MarkEmailReadIcon,
  options: { label: 'Deliveries' },
};

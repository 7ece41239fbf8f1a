import PsychologyIcon from '@mui/icons-material/Psychology';
import type { ResourceProps } from 'react-admin';
import { TherapistList } from './TherapistList';
import { TherapistShow } from './TherapistShow';

/** All listings, whatever their status; data: listings-handler.ts. */
export const listings: ResourceProps = {
  name: 'therapists',
  list: TherapistList,
  show: TherapistShow,
  icon: PsychologyIcon,
  options: { label: 'All listings' },
  recordRepresentation: 'displayName',
};

import HealthAndSafetyIcon from '@mui/icons-material/HealthAndSafety';
import type { ResourceProps } from 'react-admin';
import { SafetyList } from './SafetyList';

/** Escalated, unacknowledged risk flags, each leading to its care plan; data: safety-handler.ts. */
export const safety: ResourceProps = {
  name: 'safety',
  list: SafetyList,
  icon: HealthAndSafetyIcon,
  options: { label: 'Safety' },
};

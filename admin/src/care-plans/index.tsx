import AssignmentIcon from '@mui/icons-material/Assignment';
import type { ResourceProps } from 'react-admin';
import { CarePlanList } from './CarePlanList';
import { CarePlanShow } from './CarePlanShow';

/** Care plans, read-only, their content only with break-glass; data: care-plans-handler.ts. */
export const carePlans: ResourceProps = {
  name: 'carePlans',
  list: CarePlanList,
  show: CarePlanShow,
  icon: AssignmentIcon,
  options: { label: 'Care plans' },
};

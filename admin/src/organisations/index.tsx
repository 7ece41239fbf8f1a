import BusinessIcon from '@mui/icons-material/Business';
import type { ResourceProps } from 'react-admin';
import { OrganisationCreate } from './OrganisationCreate';
import { OrganisationList } from './OrganisationList';
import { OrganisationShow } from './OrganisationShow';

/** Organisations (GP practices, NHS teams, employers, councils), their members and API clients; data: organisations-handler.ts. */
export const organisations: ResourceProps = {
  name: 'organisations',
  list: OrganisationList,
  show: OrganisationShow,
  create: OrganisationCreate,
  icon: BusinessIcon,
  options: { label: 'Organisations' },
  recordRepresentation: 'name',
};

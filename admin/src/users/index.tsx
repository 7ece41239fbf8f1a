import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

/** Accounts, with lock, unlock and change of role; data: users-handler.ts. */
export const users: ResourceProps = {
  name: 'users',
  list: UserList,
  show: UserShow,
  icon: PeopleIcon,
  options: { label: 'Accounts' },
  recordRepresentation: 'displayName',
};

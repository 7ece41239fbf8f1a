import { Datagrid, DateField, EmailField, FunctionField, List } from 'react-admin';
import type { UserSummaryFragment } from '../gql/graphql';
import { formatDateTime } from '../format/format';
import { ROLE_LABELS, yesNo } from './labels';
import { userFilters } from './user-filters';
import { ShowLink } from '../layout/ShowLink';

const dateOptions = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** Every account, newest first, searchable and filtered by role and lock state. */
export function UserList() {
  return (
    <List title="Accounts" filters={userFilters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField<UserSummaryFragment> source="displayName" label="Name" render={(u) => <ShowLink resource="users" id={u.id}>{u.displayName}</ShowLink>} />
        <EmailField source="email" label="Email address" />
        <FunctionField<UserSummaryFragment> source="role" label="Role" render={(u) => ROLE_LABELS[u.role]} />
        <FunctionField<UserSummaryFragment> source="lockedAt" label="Sign-in" sortable={false} render={(u) => (u.lockedAt ? `Locked since ${formatDateTime(u.lockedAt)}` : 'Open')} />
        <FunctionField<UserSummaryFragment> label="Two-step verification" sortable={false} render={(u) => yesNo(u.mfaEnabled)} />
        <FunctionField<UserSummaryFragment> label="Health-data consent" sortable={false} render={(u) => yesNo(u.hasHealthDataConsent)} />
        <DateField source="createdAt" label="Joined" locales="en-GB" options={dateOptions} />
      </Datagrid>
    </List>
  );
}

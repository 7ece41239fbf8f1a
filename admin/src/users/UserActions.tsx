import { Button, Stack } from '@mui/material';
import { useState } from 'react';
import { useGetIdentity, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import type { UserDetailFragment } from '../gql/graphql';
import { USER_ACTION_SPECS, UserActionDialog } from './UserActionDialog';
import type { UserAction, UserActionData } from './users-handler';

/** Lock or unlock the account, or change its role; none of them on the admin's own account. */
export function UserActions() {
  const user = useRecordContext<UserDetailFragment>();
  const { identity } = useGetIdentity();
  const [action, setAction] = useState<UserAction>();
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!user) return null;
  if (identity?.id === user.id) return null;

  const confirm = (data: UserActionData) =>
    update(
      'users',
      { id: user.id, data, previousData: user },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setAction(undefined);
          notify(`${USER_ACTION_SPECS[data.action].label}: done for ${user.displayName}.`, { type: 'success' });
          refresh();
        },
        onError: (error) => notify((error as Error).message, { type: 'error', multiLine: true }),
      },
    );

  const available: UserAction[] = [user.lockedAt ? 'unlock' : 'lock', 'changeRole'];
  return (
    <Stack direction="row" spacing={1}>
      {available.map((a) => (
        <Button key={a} variant={USER_ACTION_SPECS[a].destructive ? 'outlined' : 'contained'} color={USER_ACTION_SPECS[a].destructive ? 'error' : 'primary'} onClick={() => setAction(a)}>
          {USER_ACTION_SPECS[a].label}
        </Button>
      ))}
      {action && <UserActionDialog action={action} subject={user.displayName} currentRole={user.role} busy={isPending} onCancel={() => setAction(undefined)} onConfirm={confirm} />}
    </Stack>
  );
}

import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { Role } from '../gql/graphql';
import { ROLE_LABELS } from './labels';
import { ROLES, type UserAction, type UserActionData } from './users-handler';
import { focusFirstFieldOnEntered } from '../layout/focus-first-field';

/** How the dashboard presents each account action. */
export const USER_ACTION_SPECS: Record<UserAction, { label: string; confirm: string; explain: string; destructive: boolean }> = {
  lock: {
    label: 'Lock account',
    confirm: 'Lock account',
    explain: 'The person can no longer sign in, and their sessions end now. The reason is kept in the audit log.',
    destructive: true,
  },
  unlock: { label: 'Unlock account', confirm: 'Unlock account', explain: 'The person can sign in again. The reason is kept in the audit log.', destructive: false },
  changeRole: {
    label: 'Change role',
    confirm: 'Change role',
    explain: 'Their sessions end, so the new role applies from their next sign-in (a new admin must first set up two-step verification). The reason is kept in the audit log.',
    destructive: false,
  },
};

export interface UserActionDialogProps {
  action: UserAction;
  /** Whose account, e.g. the person's name. */
  subject: string;
  currentRole: Role;
  busy?: boolean;
  onCancel(): void;
  onConfirm(data: UserActionData): void;
}

/** Asks for the reason (always required) and, to change a role, the new role. Enter confirms, Escape cancels. */
export function UserActionDialog({ action, subject, currentRole, busy, onCancel, onConfirm }: UserActionDialogProps) {
  const spec = USER_ACTION_SPECS[action];
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [error, setError] = useState<string>();
  const reasonField = useRef<HTMLTextAreaElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (action === 'changeRole' && !role) return setError('New role: please choose one.');
    if (!reason.trim()) {
      // Back to the field that needs filling in, so keyboard users can carry on typing.
      reasonField.current?.focus();
      return setError('Reason: please give one (it is kept in the audit log).');
    }
    setError(undefined);
    onConfirm({ action, reason: reason.trim(), ...(action === 'changeRole' ? { role: role as Role } : {}) });
  };

  return (
    <Dialog open onClose={busy ? undefined : onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm" slotProps={{ transition: focusFirstFieldOnEntered() }}>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {spec.label}: {subject}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{spec.explain}</DialogContentText>
          {action === 'changeRole' && (
            <TextField select fullWidth margin="dense" label="New role" value={role} onChange={(e) => setRole(e.target.value as Role)} required autoFocus error={Boolean(error) && !role}>
              {ROLES.filter((r) => r !== currentRole).map((r) => (
                <MenuItem key={r} value={r}>
                  {ROLE_LABELS[r]}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            autoFocus={action !== 'changeRole'}
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            label="Reason (kept in the audit log)"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            inputRef={reasonField}
            slotProps={{ htmlInput: { maxLength: 500 } }}
            error={Boolean(error) && !reason.trim()}
          />
          {error && (
            <DialogContentText role="alert" color="error" sx={{ mt: 1 }}>
              {error}
            </DialogContentText>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" color={spec.destructive ? 'error' : 'primary'} disabled={busy}>
            {spec.confirm}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

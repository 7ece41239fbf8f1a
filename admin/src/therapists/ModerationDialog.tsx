import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { MODERATION, missingModerationInput, type ModerationAction, type ModerationInput } from './moderation';
import { focusFirstFieldOnEntered } from '../layout/focus-first-field';

export interface ModerationDialogProps {
  action: ModerationAction;
  /** What is being moderated, e.g. the therapist's name or "3 listings". */
  subject: string;
  /** Whether the listing's HCPC registration is verified already (approve then needs no expiry date). */
  hcpcVerified?: boolean;
  open: boolean;
  busy?: boolean;
  onCancel(): void;
  onConfirm(input: ModerationInput): void;
}

/**
 * Asks for what a moderation step needs: the reason (required where the lifecycle records one for
 * the therapist), and the HCPC register expiry date when verifying. Confirms with Enter, cancels with
 * Escape; the first field has focus.
 */
export function ModerationDialog({ action, subject, hcpcVerified, open, busy, onCancel, onConfirm }: ModerationDialogProps) {
  const spec = MODERATION[action];
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [registerExpiresOn, setRegisterExpiresOn] = useState('');
  const [error, setError] = useState<string>();
  const expiryNeeded = spec.registerExpiresOn === 'required' || (spec.registerExpiresOn === 'optional' && hcpcVerified === false);
  const askExpiry = spec.registerExpiresOn !== 'none';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: ModerationInput = { reason: reason.trim() || undefined, registerExpiresOn: registerExpiresOn || undefined };
    const missing = missingModerationInput(action, input) ?? (expiryNeeded && !input.registerExpiresOn ? 'Register expiry date: the HCPC registration is not verified yet, so give the expiry date shown on the register.' : undefined);
    if (missing) return setError(missing);
    setError(undefined);
    onConfirm(input);
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm" slotProps={{ transition: focusFirstFieldOnEntered() }}>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {spec.label}: {subject}
        </DialogTitle>
        <DialogContent>
          {askExpiry && (
            <DialogContentText sx={{ mb: 2 }}>
              Check the registration on the HCPC register first{expiryNeeded ? ', then give its expiry date.' : '. A new expiry date re-verifies it.'}
            </DialogContentText>
          )}
          {spec.reason !== 'none' && (
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={3}
              margin="dense"
              label={spec.reasonLabel}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required={spec.reason === 'required'}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
              error={Boolean(error) && spec.reason === 'required' && !reason.trim()}
            />
          )}
          {askExpiry && (
            <TextField
              fullWidth
              margin="dense"
              type="date"
              label={`HCPC register expiry date${expiryNeeded ? '' : ' (optional)'}`}
              value={registerExpiresOn}
              onChange={(e) => setRegisterExpiresOn(e.target.value)}
              required={expiryNeeded}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          )}
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

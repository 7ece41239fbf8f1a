import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useId, useRef, useState, type FormEvent } from 'react';
import { focusFirstFieldOnEntered } from '../layout/focus-first-field';
import { BREAK_GLASS_REASON } from './care-plans-handler';

export interface BreakGlassDialogProps {
  /** Whose plan, e.g. the client's name. */
  subject: string;
  busy?: boolean;
  /** What the graph said when it refused. */
  error?: string;
  onCancel(): void;
  onConfirm(reason: string): void;
}

/** Asks why an admin must read a care plan's content: required, 10–1000 characters, recorded and shown to the client. */
export function BreakGlassDialog({ subject, busy, error: refused, onCancel, onConfirm }: BreakGlassDialogProps) {
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const field = useRef<HTMLTextAreaElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < BREAK_GLASS_REASON.min) {
      field.current?.focus();
      return setError(`Reason: at least ${BREAK_GLASS_REASON.min} characters, saying why the client's safety or the law requires this.`);
    }
    setError(undefined);
    onConfirm(reason.trim());
  };

  return (
    <Dialog open onClose={busy ? undefined : onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm" slotProps={{ transition: focusFirstFieldOnEntered() }}>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>Break-glass access: {subject}’s care plan</DialogTitle>
        <DialogContent>
          <Alert severity="warning" role="note" sx={{ mb: 2 }}>
            Care plans are clinical records. Open one only when the client’s safety or the law requires it. Your name, the time and your reason are recorded, and the client can see them.
          </Alert>
          <TextField
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            label="Why you need to read this plan"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            inputRef={field}
            slotProps={{ htmlInput: { maxLength: BREAK_GLASS_REASON.max } }}
            error={Boolean(error)}
          />
          {(error || refused) && (
            <DialogContentText role="alert" color="error" sx={{ mt: 1 }}>
              {error ?? refused}
            </DialogContentText>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" color="error" disabled={busy}>
            Record and open the plan
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

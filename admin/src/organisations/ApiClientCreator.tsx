import { Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, FormGroup, FormLabel, Stack, TextField } from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { CaregraphDataProvider } from '../data/data-provider';
import type { ApiScope, OrganisationDetailFragment } from '../gql/graphql';
import { API_SCOPE_LABELS } from './labels';

/**
 * Creates an API client for the organisation (only with scopes it was given) and shows its secret once, in a
 * dialog that says so: the dashboard keeps no copy, and closing the dialog is the last chance to copy it.
 */
export function ApiClientCreator({ organisation }: { organisation: OrganisationDetailFragment }) {
  const dataProvider = useDataProvider<CaregraphDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiScope[]>([]);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ clientId: string; name: string; clientSecret: string }>();

  const toggle = (scope: ApiScope) => setScopes((now) => (now.includes(scope) ? now.filter((s) => s !== scope) : [...now, scope]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      setCreated(await dataProvider.createApiClient(organisation.id, name, scopes));
      setName('');
      setScopes([]);
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setCreated(undefined);
    refresh();
  };

  return (
    <>
      <Stack component="form" spacing={1} onSubmit={submit} noValidate aria-label="Create an API client" sx={{ maxWidth: 560 }}>
        <TextField size="small" label="Name of the system (e.g. Practice referrals)" value={name} onChange={(e) => setName(e.target.value)} required />
        <FormGroup>
          <FormLabel component="legend">What it may do</FormLabel>
          {organisation.grantedScopes.map((scope) => (
            <FormControlLabel key={scope} control={<Checkbox checked={scopes.includes(scope)} onChange={() => toggle(scope)} />} label={API_SCOPE_LABELS[scope]} />
          ))}
        </FormGroup>
        <div>
          <Button type="submit" variant="outlined" disabled={busy}>
            Create API client
          </Button>
        </div>
      </Stack>
      {created && (
        <Dialog open onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
          <DialogTitle id={titleId}>API client created: {created.name}</DialogTitle>
          <DialogContent>
            <Alert severity="warning" sx={{ mb: 2 }}>
              This is the only time the secret is shown. Give it to the organisation through its secret store now; Caregraph keeps only a hash of it.
            </Alert>
            <TextField fullWidth margin="dense" label="client_id" value={created.clientId} slotProps={{ htmlInput: { readOnly: true } }} />
            <TextField fullWidth margin="dense" label="client_secret" value={created.clientSecret} autoFocus onFocus={(e) => e.target.select()} slotProps={{ htmlInput: { readOnly: true } }} />
            <DialogContentText sx={{ mt: 1 }}>They get tokens from POST /oauth/token on the gateway (the integrator guide shows how).</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => void navigator.clipboard?.writeText(created.clientSecret)}>Copy the secret</Button>
            <Button variant="contained" onClick={close}>
              I have stored it
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}

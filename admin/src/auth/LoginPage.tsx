import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useLogin } from 'react-admin';
import { MfaRequiredError } from './session-manager';

/**
 * Signing in: email and password, then (for accounts with two-step verification, as every admin
 * has) the 6-digit code from the authenticator app. Errors are announced to screen readers.
 */
export function LoginPage() {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [mfaToken, setMfaToken] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(mfaToken ? { mfaToken, code } : { email, password });
    } catch (caught) {
      if (caught instanceof MfaRequiredError) {
        setMfaToken(caught.mfaToken);
        setPassword('');
      } else {
        setError((caught as Error).message);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
      <Card sx={{ width: 400, maxWidth: '95vw' }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            Caregraph admin
          </Typography>
          <form onSubmit={submit} noValidate aria-label={mfaToken ? 'Two-step verification' : 'Sign in'}>
            {!mfaToken ? (
              <>
                <TextField label="Email address" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} fullWidth margin="normal" required autoFocus />
                <TextField label="Password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} fullWidth margin="normal" required />
              </>
            ) : (
              <>
                <Typography>Enter the 6-digit code from your authenticator app (or one of your recovery codes).</Typography>
                <TextField
                  label="Authenticator code"
                  autoComplete="one-time-code"
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                  fullWidth
                  margin="normal"
                  required
                  autoFocus
                  slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 64 } }}
                />
              </>
            )}
            {error && (
              <Alert severity="error" role="alert" sx={{ mt: 1 }}>
                {error}
              </Alert>
            )}
            <Button type="submit" variant="contained" fullWidth sx={{ mt: 2 }} disabled={busy}>
              {mfaToken ? 'Verify and sign in' : 'Sign in'}
            </Button>
            {mfaToken && (
              <Button fullWidth sx={{ mt: 1 }} onClick={() => { setMfaToken(undefined); setCode(''); setError(undefined); }}>
                Start again
              </Button>
            )}
          </form>
        </CardContent>
      </Card>
    </Box>
  );
}

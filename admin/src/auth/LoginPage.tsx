import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useAuthProvider, useLogin } from 'react-admin';
import { MfaEnrolmentRequiredError, MfaRequiredError, type MfaEnrolment } from '@caregraph/client-kit';
import type { CaregraphAuthProvider } from './auth-provider';
import { MfaEnrolmentStep, RecoveryCodes } from './MfaEnrolmentStep';

/** Where sign-in is: password, authenticator code, setting up an authenticator app, or showing the recovery codes. */
type Step = { kind: 'password' } | { kind: 'code'; mfaToken: string } | { kind: 'enrol'; mfaToken: string; enrolment?: MfaEnrolment } | { kind: 'recovery'; codes: string[] };

const FORM_LABELS: Record<Step['kind'], string> = { password: 'Sign in', code: 'Two-step verification', enrol: 'Set up two-step verification', recovery: 'Recovery codes' };
const SUBMIT_LABELS: Record<Step['kind'], string> = { password: 'Sign in', code: 'Verify and sign in', enrol: 'Confirm and sign in', recovery: 'I have saved them: continue' };

/**
 * Signing in: email and password, then (every admin has two-step verification) the 6-digit code
 * from the authenticator app; an admin without one sets it up here first and is shown their
 * recovery codes. Errors are announced to screen readers.
 */
export function LoginPage() {
  const login = useLogin();
  const auth = useAuthProvider<CaregraphAuthProvider>();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const startEnrolment = async (mfaToken: string) => {
    setStep({ kind: 'enrol', mfaToken });
    const enrolment = await auth!.startMfaEnrolment(mfaToken);
    setStep({ kind: 'enrol', mfaToken, enrolment });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      if (step.kind === 'password') await login({ email, password });
      else if (step.kind === 'code') await login({ mfaToken: step.mfaToken, code });
      else if (step.kind === 'enrol') {
        if (!step.enrolment) return;
        setStep({ kind: 'recovery', codes: await auth!.confirmMfaEnrolment(step.mfaToken, code) });
      } else await login({ enrolled: true });
    } catch (caught) {
      if (caught instanceof MfaRequiredError) {
        setStep({ kind: 'code', mfaToken: caught.mfaToken });
        setPassword('');
      } else if (caught instanceof MfaEnrolmentRequiredError) {
        setPassword('');
        await startEnrolment(caught.mfaToken).catch((e: Error) => setError(e.message));
      } else {
        setError((caught as Error).message);
      }
    } finally {
      setBusy(false);
    }
  };

  const startAgain = () => {
    setStep({ kind: 'password' });
    setCode('');
    setError(undefined);
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
      <Card sx={{ width: 440, maxWidth: '95vw' }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            Caregraph admin
          </Typography>
          <form onSubmit={submit} noValidate aria-label={FORM_LABELS[step.kind]}>
            {step.kind === 'password' && (
              <>
                <TextField label="Email address" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} fullWidth margin="normal" required autoFocus />
                <TextField label="Password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} fullWidth margin="normal" required />
              </>
            )}
            {step.kind === 'code' && (
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
            {step.kind === 'enrol' && <MfaEnrolmentStep enrolment={step.enrolment} code={code} onCode={setCode} />}
            {step.kind === 'recovery' && <RecoveryCodes codes={step.codes} />}
            {error && (
              <Alert severity="error" role="alert" sx={{ mt: 1 }}>
                {error}
              </Alert>
            )}
            <Button type="submit" variant="contained" fullWidth sx={{ mt: 2 }} disabled={busy || (step.kind === 'enrol' && !step.enrolment)}>
              {SUBMIT_LABELS[step.kind]}
            </Button>
            {(step.kind === 'code' || step.kind === 'enrol') && (
              <Button fullWidth sx={{ mt: 1 }} onClick={startAgain}>
                Start again
              </Button>
            )}
          </form>
        </CardContent>
      </Card>
    </Box>
  );
}

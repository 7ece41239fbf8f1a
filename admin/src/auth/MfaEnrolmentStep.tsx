import { Alert, Box, Link, TextField, Typography } from '@mui/material';
import type { MfaEnrolment } from '@caregraph/client-kit';

/** The secret in groups of four, easier to type into an app. */
export const groupedSecret = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/** Setting up an authenticator app: the secret to add, then the first code the app shows. */
export function MfaEnrolmentStep({ enrolment, code, onCode }: { enrolment: MfaEnrolment | undefined; code: string; onCode(code: string): void }) {
  if (!enrolment) return <Typography>Preparing your authenticator set-up…</Typography>;
  return (
    <>
      <Alert severity="info" role="status" sx={{ mb: 2 }}>
        Admins sign in with two-step verification. Set up an authenticator app now (for example on your work phone).
      </Alert>
      <Typography component="ol" sx={{ pl: 2.5, '& li': { mb: 1 } }}>
        <li>
          In your authenticator app, add an account with this key:{' '}
          <Box component="code" aria-label="Set-up key" sx={{ fontSize: '1.05rem', fontWeight: 600, wordBreak: 'break-all' }}>
            {groupedSecret(enrolment.secret)}
          </Box>{' '}
          (or <Link href={enrolment.otpauthUri}>open it in the authenticator app on this device</Link>).
        </li>
        <li>Enter the 6-digit code the app now shows.</li>
      </Typography>
      <TextField
        label="Code from the authenticator app"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => onCode(e.target.value)}
        fullWidth
        margin="normal"
        required
        autoFocus
        slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 16 } }}
      />
    </>
  );
}

/** The recovery codes, shown this once after setting up the app. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <>
      <Alert severity="success" role="status" sx={{ mb: 2 }}>
        Two-step verification is set up.
      </Alert>
      <Typography gutterBottom>
        Keep these recovery codes somewhere safe (not on the same phone). Each signs you in once if you lose your authenticator app. They are shown only now.
      </Typography>
      <Box component="ul" aria-label="Recovery codes" sx={{ columns: 2, fontFamily: 'monospace', fontSize: '1rem', pl: 2.5 }}>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </Box>
    </>
  );
}

import { AuthError, MfaRequiredError } from '@caregraph/client-kit';
import { TextField } from '@caregraph/client-kit/fields';
import { safeNext } from '@caregraph/client-kit/require-sign-in';
import { useSession } from '@caregraph/client-kit/session-context';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../layout/Page';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

type FieldErrors = Partial<Record<'email' | 'password' | 'code', string>>;

export function SignInPage() {
  const focusAfterRender = useFocusAfterRender();
  const { sessions } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [mfaToken, setMfaToken] = useState<string>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  function fail(message: string, fieldErrors: FieldErrors = {}) {
    setErrors(fieldErrors);
    setProblem(message);
    focusAfterRender(summary);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!mfaToken) {
      const found: FieldErrors = {};
      if (!/^\S+@\S+\.\S+$/.test(email.trim())) found.email = 'Enter your e-mail address, like name@example.com.';
      if (!password) found.password = 'Enter your password.';
      if (Object.keys(found).length) return fail('Check the highlighted fields.', found);
    } else if (!code.trim()) {
      return fail('Enter the code from your authenticator app.', { code: 'Enter the 6-digit code.' });
    }
    setBusy(true);
    try {
      if (mfaToken) await sessions.completeMfa(mfaToken, code.trim());
      else await sessions.signIn(email, password);
      navigate(next, { replace: true });
    } catch (error) {
      if (error instanceof MfaRequiredError) {
        setMfaToken(error.mfaToken);
        setErrors({});
        setProblem(undefined);
      } else {
        fail(error instanceof AuthError ? error.friendly.message : 'Signing in did not work. Please try again.');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title="Sign in">
      <p className="lede">Sign in to see today’s sessions, your clients’ care plans and anything that needs your attention.</p>
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <form onSubmit={submit} noValidate className="form">
        {mfaToken ? (
          <TextField
            id="code"
            label="Code from your authenticator app"
            hint="Open the app you set up for Caregraph and enter the 6-digit code it shows, or one of your recovery codes."
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            error={errors.code}
            onChange={(e) => setCode(e.target.value)}
            autoFocus
          />
        ) : (
          <>
            <TextField id="email" label="E-mail address" type="email" autoComplete="email" value={email} error={errors.email} onChange={(e) => setEmail(e.target.value)} />
            <TextField id="password" label="Password" type="password" autoComplete="current-password" value={password} error={errors.password} onChange={(e) => setPassword(e.target.value)} />
          </>
        )}
        <button type="submit" className="button" disabled={busy} aria-busy={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to="/forgotten-password">Forgotten your password?</Link>
      </p>
      <p>
        New to Caregraph? <Link to="/join">Join as a therapist</Link>.
      </p>
    </Page>
  );
}

import { useMutation } from '@apollo/client/react';
import { ANONYMOUS } from '@caregraph/client-kit';
import { TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { RESET_PASSWORD } from '@caregraph/client-kit/operations';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';

/** Where the link in the reset e-mail leads (APP_BASE_URL/reset-password?token=…). */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [reset, { data, loading }] = useMutation(RESET_PASSWORD, { context: ANONYMOUS });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < 8 || password.length > 256) {
      setError('Choose a password of 8 to 256 characters.');
      return;
    }
    setError(undefined);
    setProblem(undefined);
    try {
      await reset({ variables: { input: { token, password } } });
    } catch (e) {
      const friendly = describeError(e, 'resetPassword');
      if (friendly.field === 'password') setError(friendly.message);
      else setProblem(friendly.message);
    }
  }

  return (
    <Page title="Choose a new password">
      {!token && (
        <ErrorSummary>
          <p>This link is incomplete. Open the link from the e-mail again, or copy all of it into the address bar.</p>
        </ErrorSummary>
      )}
      {data?.resetPassword ? (
        <Notice>
          <p>
            Your password has been changed, and you have been signed out on every device. <Link to="/sign-in">Sign in</Link> with your new password.
          </p>
        </Notice>
      ) : (
        token && (
          <>
            {problem && (
              <ErrorSummary>
                <p>{problem}</p>
                <p>
                  <Link to="/forgotten-password">Ask for a new link</Link>
                </p>
              </ErrorSummary>
            )}
            <form onSubmit={submit} noValidate className="form">
              <TextField id="password" label="New password" hint="At least 8 characters." type="password" autoComplete="new-password" value={password} error={error} onChange={(e) => setPassword(e.target.value)} />
              <button type="submit" className="button" disabled={loading} aria-busy={loading}>
                {loading ? 'Saving…' : 'Save my new password'}
              </button>
            </form>
          </>
        )
      )}
    </Page>
  );
}

import { useMutation } from '@apollo/client/react';
import { ANONYMOUS } from '@caregraph/client-kit';
import { TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { useState, type FormEvent } from 'react';
import { REQUEST_PASSWORD_RESET } from '@caregraph/client-kit/operations';
import { describeError } from '../graphql/errors';
import { isValid, validateSignIn } from '../format/validation';
import { Page } from '../layout/Page';

/** Asks accounts to e-mail a reset link. The answer never says whether the address has an account. */
export function ForgottenPasswordPage() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [request, { data, loading }] = useMutation(REQUEST_PASSWORD_RESET, { context: ANONYMOUS });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSignIn({ email, password: 'not asked here' });
    setError(found.email);
    if (!isValid(found)) return;
    setProblem(undefined);
    try {
      await request({ variables: { email: email.trim() } });
    } catch (e) {
      setProblem(describeError(e, 'resetPassword').message);
    }
  }

  return (
    <Page title="Reset your password">
      {data ? (
        <Notice>
          <p>If {email.trim()} has a Caregraph account, we have sent it a link to choose a new password. The link works once, for one hour.</p>
        </Notice>
      ) : (
        <>
          {problem && (
            <ErrorSummary>
              <p>{problem}</p>
            </ErrorSummary>
          )}
          <form onSubmit={submit} noValidate className="form">
            <TextField id="email" label="E-mail address" hint="The address you signed up with." type="email" autoComplete="email" value={email} error={error} onChange={(e) => setEmail(e.target.value)} />
            <button type="submit" className="button" disabled={loading} aria-busy={loading}>
              {loading ? 'Sending…' : 'Send me a reset link'}
            </button>
          </form>
        </>
      )}
    </Page>
  );
}

import { useMutation } from '@apollo/client/react';
import { ANONYMOUS } from '@caregraph/client-kit';
import { TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { useState, type FormEvent } from 'react';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { REQUEST_PASSWORD_RESET } from '@caregraph/client-kit/operations';

/** Asks accounts to e-mail a reset link. The answer never says whether the address has an account. */
export function ForgottenPasswordPage() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [request, { data, loading }] = useMutation(REQUEST_PASSWORD_RESET, { context: ANONYMOUS });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      setError('Enter your e-mail address, like name@example.com.');
      return;
    }
    setError(undefined);
    setProblem(undefined);
    try {
      await request({ variables: { email: email.trim() } });
    } catch (e) {
      const friendly = describeError(e, 'save');
      if (friendly.field === 'email') setError(friendly.message);
      else setProblem(friendly.message);
    }
  }

  return (
    <Page title="Reset your password">
      {data ? (
        <Notice>
          <p>If {email.trim()} has a Caregraph account, we have sent it a link to choose a new password. The link works once, for a limited time.</p>
        </Notice>
      ) : (
        <>
          {problem && (
            <ErrorSummary>
              <p>{problem}</p>
            </ErrorSummary>
          )}
          <form onSubmit={submit} noValidate className="form">
            <TextField id="email" label="E-mail address" hint="The address you joined with." type="email" autoComplete="email" value={email} error={error} onChange={(e) => setEmail(e.target.value)} />
            <button type="submit" className="button" disabled={loading} aria-busy={loading}>
              {loading ? 'Sending…' : 'Send me a reset link'}
            </button>
          </form>
        </>
      )}
    </Page>
  );
}

import { useMutation } from '@apollo/client/react';
import { ANONYMOUS } from '@caregraph/client-kit';
import { useSession } from '@caregraph/client-kit/session-context';
import { ErrorSummary, Loading, Notice } from '@caregraph/client-kit/status';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { VERIFY_EMAIL } from './operations';

/** Where the confirmation link from the joining e-mail leads (`/verify-email?token=…`). */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { session } = useSession();
  const [verify, { data, error, called }] = useMutation(VERIFY_EMAIL, { context: ANONYMOUS });
  const sent = useRef(false);
  useEffect(() => {
    // A link works once: send it once, even when React runs effects twice in development.
    if (!token || sent.current) return;
    sent.current = true;
    verify({ variables: { token } }).catch(() => undefined);
  }, [token, verify]);
  const refused = error ? describeError(error, 'load') : undefined;

  return (
    <Page title="Confirm your e-mail address">
      {!token && (
        <ErrorSummary>
          <p>This link is incomplete. Open the link from the e-mail again, or copy all of it into the address bar.</p>
        </ErrorSummary>
      )}
      {token && called && !data && !error && <Loading>Confirming your e-mail address…</Loading>}
      {refused && (
        <ErrorSummary>
          <p>{refused.code === 'BAD_USER_INPUT' ? 'This link has expired or has already been used. Sign in and ask for a new one from your listing page.' : refused.message}</p>
        </ErrorSummary>
      )}
      {data?.verifyEmail && (
        <Notice>
          <p>Thank you: your e-mail address is confirmed.</p>
        </Notice>
      )}
      <p>{session ? <Link to="/listing">Go on with your listing</Link> : <Link to="/sign-in?next=%2Flisting">Sign in to go on with your listing</Link>}</p>
    </Page>
  );
}

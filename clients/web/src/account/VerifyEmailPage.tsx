import { useMutation } from '@apollo/client/react';
import { ErrorSummary, Loading, Notice } from '@caregraph/client-kit/status';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ANONYMOUS } from '@caregraph/client-kit';
import { VERIFY_EMAIL } from '../auth/operations';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';

/** Where the confirmation link in the sign-up e-mail leads (APP_BASE_URL/verify-email?token=…). */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verify, { data, error, called }] = useMutation(VERIFY_EMAIL, { context: ANONYMOUS });
  const sent = useRef(false);
  useEffect(() => {
    // A link works once: send it once, even when React runs effects twice in development.
    if (!token || sent.current) return;
    sent.current = true;
    verify({ variables: { token } }).catch(() => undefined);
  }, [token, verify]);

  return (
    <Page title="Confirm your e-mail address">
      {!token && <ErrorSummary><p>This link is incomplete. Open the link from the e-mail again, or copy all of it into the address bar.</p></ErrorSummary>}
      {token && called && !data && !error && <Loading>Confirming your e-mail address…</Loading>}
      {error && <ErrorSummary><p>{describeError(error, 'verifyEmail').message}</p></ErrorSummary>}
      {data?.verifyEmail && <Notice><p>Thank you: your e-mail address is confirmed.</p></Notice>}
      <p>
        <Link to="/">Find a therapist</Link>
      </p>
    </Page>
  );
}

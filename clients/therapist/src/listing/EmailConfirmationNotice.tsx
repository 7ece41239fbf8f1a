import { useMutation } from '@apollo/client/react';
import { REQUEST_EMAIL_VERIFICATION } from '../joining/operations';
import { describeError } from '../graphql/errors';

/** Reminds a therapist who has not confirmed their e-mail address yet, and sends a new link on request. */
export function EmailConfirmationNotice() {
  const [request, { data, error, loading }] = useMutation(REQUEST_EMAIL_VERIFICATION);
  return (
    <div className="warning" role="region" aria-label="E-mail address not confirmed">
      <p>Please confirm your e-mail address: open the link we sent you.</p>
      {data && <p role="status">{data.requestEmailVerification ? 'We have sent a new link. Earlier links no longer work.' : 'Your e-mail address is already confirmed.'}</p>}
      {error && <p role="alert">{describeError(error, 'save').message}</p>}
      <button type="button" className="button button--secondary" disabled={loading} onClick={() => void request().catch(() => undefined)}>
        Send a new link
      </button>
    </div>
  );
}

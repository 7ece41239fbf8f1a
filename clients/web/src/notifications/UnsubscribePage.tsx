import { useMutation } from '@apollo/client/react';
import { UNSUBSCRIBE } from '@caregraph/client-kit/notifications';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphErrorsOf } from '@caregraph/client-kit';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';

const CATEGORY_WORDS: Record<string, string> = {
  REMINDER: 'session reminders or waitlist alerts',
  INVITATION: 'invitations to check in after a session',
};

export const BAD_LINK = 'This unsubscribe link is not right: it may be incomplete or out of date. You can turn notifications off in “My data” after signing in.';

/** The page an e-mail's unsubscribe link opens: works signed out; one press turns that kind of message off. */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [unsubscribe, { loading }] = useMutation(UNSUBSCRIBE);
  const [done, setDone] = useState<string>();
  const [problem, setProblem] = useState<string | undefined>(token ? undefined : BAD_LINK);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => result.current?.focus(), [done, problem]);

  async function turnOff() {
    setProblem(undefined);
    try {
      const { data } = await unsubscribe({ variables: { token } });
      setDone(CATEGORY_WORDS[data!.unsubscribe.category] ?? 'these messages');
    } catch (error) {
      const bad = graphErrorsOf(error)[0]?.code === 'BAD_USER_INPUT';
      setProblem(bad ? BAD_LINK : describeError(error, 'load').message);
    }
  }

  return (
    <Page title="Unsubscribe">
      {done ? (
        <div tabIndex={-1} ref={result}>
          <Notice>
            <p>
              Done: you will no longer get {done}, by e-mail or in the app. Messages about your bookings are still sent. You can turn them back on in{' '}
              <Link to="/my-data">My data</Link>.
            </p>
          </Notice>
        </div>
      ) : (
        <>
          {problem && (
            <ErrorSummary title="We could not unsubscribe you" ref={result}>
              <p>{problem}</p>
            </ErrorSummary>
          )}
          {token && (
            <>
              <p>Turn off this kind of optional message (session reminders and waitlist alerts, or check-in invitations), by e-mail and in the app. You do not need to sign in.</p>
              <button type="button" className="button" disabled={loading} aria-busy={loading} onClick={() => void turnOff()}>
                {loading ? 'Turning these off…' : 'Turn these off'}
              </button>
            </>
          )}
        </>
      )}
    </Page>
  );
}

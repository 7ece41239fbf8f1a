import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading, Notice } from '@caregraph/client-kit/status';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../format/format';
import { FORMAT_LABELS, label } from '../format/labels';
import { describeError } from '../graphql/errors';
import { LEAVE_WAITLIST, MY_WAITLIST } from './operations';

/** "Waitlists" on My bookings: the therapists the client waits on, each with Leave. */
export function WaitlistSection() {
  const { data, loading, error } = useQuery(MY_WAITLIST);
  const [leave, { loading: leaving }] = useMutation(LEAVE_WAITLIST, { refetchQueries: [MY_WAITLIST], awaitRefetchQueries: true });
  const [message, setMessage] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const entries = data?.myWaitlist;

  async function leaveOne(id: string, name: string) {
    setMessage(undefined);
    setProblem(undefined);
    try {
      await leave({ variables: { id } });
      setMessage(`You have left ${name}’s waitlist.`);
    } catch (e) {
      setProblem(describeError(e, 'waitlist').message);
    }
  }

  return (
    <section aria-labelledby="waitlists-heading">
      <h2 id="waitlists-heading">Waitlists</h2>
      {message && (
        <Notice>
          <p>{message}</p>
        </Notice>
      )}
      {problem && (
        <ErrorSummary title="You are still on the waitlist">
          <p>{problem}</p>
        </ErrorSummary>
      )}
      {loading && !entries && <Loading>Loading your waitlists…</Loading>}
      {error && !entries && (
        <ErrorSummary title="Your waitlists could not be loaded">
          <p>{describeError(error, 'load').message}</p>
        </ErrorSummary>
      )}
      {entries && entries.length === 0 && <p>You are not on any waitlist. On a therapist’s page, ask to be told when an earlier time opens.</p>}
      {entries && entries.length > 0 && (
        <ul className="card-list">
          {entries.map((entry) => (
            <li key={entry.id} className="card">
              <h3>
                <Link to={`/therapists/${entry.therapist.id}`}>{entry.therapist.displayName}</Link>
              </h3>
              <p>
                Any time from {formatDate(entry.from)} to {formatDate(entry.to)}, {entry.format ? label(FORMAT_LABELS, entry.format).toLowerCase() : 'any way'}.
              </p>
              {entry.lastNotifiedAt && <p className="hint">We last told you of a free time on {formatDate(entry.lastNotifiedAt)}.</p>}
              <button
                type="button"
                className="button button--secondary"
                disabled={leaving}
                aria-label={`Leave ${entry.therapist.displayName}’s waitlist`}
                onClick={() => void leaveOne(entry.id, entry.therapist.displayName)}
              >
                Leave
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

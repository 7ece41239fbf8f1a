import { useApolloClient, useMutation } from '@apollo/client/react';
import { TextAreaField } from '@caregraph/client-kit/fields';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDateTime, formatSession } from '../format/format';
import { isValid, REASON_MAX, validateCancellation, type FieldErrors } from '../format/validation';
import type { BookingSummaryFragment } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { CANCEL_BOOKING, MY_BOOKINGS } from '../booking/operations';
import { freeCancellationEnded } from '../booking/cancellation-policy';

/** Cancelling one session: a reason for the therapist, when free cancellation ends (a clear warning once it has), then one mutation. */
export function CancelPanel({ booking, onDone }: { booking: BookingSummaryFragment; onDone: (message?: string) => void }) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const client = useApolloClient();
  const [cancel, { loading }] = useMutation(CANCEL_BOOKING);
  useEffect(() => heading.current?.focus(), []);
  // The booking's own cut-off (the policy when it was booked), from the graph: the app keeps no copy of the rule.
  const late = freeCancellationEnded(booking, Date.now());
  const until = formatDateTime(booking.freeCancellationUntil);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateCancellation(reason);
    setErrors(found);
    if (!isValid(found)) return document.getElementById(`reason-${booking.id}`)?.focus();
    try {
      // The answer carries the booking's new status: the cache updates every list that shows it.
      await cancel({ variables: { id: booking.id, reason: reason.trim() } });
      onDone(`Your session on ${formatSession(booking.startsAt, booking.endsAt)} is cancelled.`);
    } catch (error) {
      const friendly = describeError(error, 'cancel');
      setProblem(friendly.message);
      // Someone (the therapist) changed it meanwhile: show the list as it is now.
      if (friendly.code === 'CONFLICT') void client.refetchQueries({ include: [MY_BOOKINGS] });
    }
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby={`cancel-heading-${booking.id}`}>
      <h3 id={`cancel-heading-${booking.id}`} tabIndex={-1} ref={heading}>
        Cancel your session with {booking.therapist.displayName}
      </h3>
      {late ? (
        <p className="warning">Cancelling now is a late cancellation: free cancellation ended on {until}.</p>
      ) : (
        <p>Free cancellation ends on {until}; cancelling after that is recorded as a late cancellation.</p>
      )}
      {problem && (
        <ErrorSummary title="Your session is not cancelled">
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <TextAreaField
        id={`reason-${booking.id}`}
        label="Why are you cancelling?"
        hint={`A few words for your therapist, up to ${REASON_MAX} characters. Only the two of you see it.`}
        rows={3}
        value={reason}
        error={errors.reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="button-row">
        <button type="submit" className="button button--warning" disabled={loading} aria-busy={loading}>
          {loading ? 'Cancelling…' : 'Cancel this session'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone()}>
          Keep this session
        </button>
      </div>
    </form>
  );
}

import { useApolloClient, useMutation } from '@apollo/client/react';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { forgetAfterBooking } from '../booking/cache-updates';
import { MY_BOOKINGS, RESCHEDULE_BOOKING } from '../booking/operations';
import { SlotPicker } from '../booking/SlotPicker';
import { formatDateTime, formatSession } from '../format/format';
import type { BookingSummaryFragment } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { THERAPIST_AVAILABILITY } from '../therapist/operations';

/** Moving one session to another free time of the same therapist, in the same format. */
export function ReschedulePanel({ booking, onDone }: { booking: BookingSummaryFragment; onDone: (message?: string) => void }) {
  const client = useApolloClient();
  const [startsAt, setStartsAt] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const [move, { loading }] = useMutation(RESCHEDULE_BOOKING);
  useEffect(() => heading.current?.focus(), []);
  const { movesLeft } = booking;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!startsAt) {
      setError('Choose the new time for your session.');
      return;
    }
    setError(undefined);
    try {
      await move({ variables: { id: booking.id, startsAt }, update: (cache) => forgetAfterBooking(cache, booking.therapist.id, undefined) });
      // The answer carries the booking's new time: the list shows it without being fetched again.
      onDone(`Your session with ${booking.therapist.displayName} has moved to ${formatDateTime(startsAt)}.`);
    } catch (e) {
      const friendly = describeError(e, 'reschedule');
      setProblem(friendly.message);
      if (friendly.code === 'BOOKING_CONFLICT' || friendly.field === 'startsAt') {
        setStartsAt('');
        void client.refetchQueries({ include: [THERAPIST_AVAILABILITY] });
      }
      if (friendly.code === 'CONFLICT') void client.refetchQueries({ include: [MY_BOOKINGS] });
    }
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby={`move-heading-${booking.id}`}>
      <h3 id={`move-heading-${booking.id}`} tabIndex={-1} ref={heading}>
        Move your session with {booking.therapist.displayName}
      </h3>
      <p>
        Now: {formatSession(booking.startsAt, booking.endsAt)}. {movesLeft === 1 ? 'This is the last move left' : `${movesLeft} moves are left`}.
      </p>
      {problem && (
        <ErrorSummary title="Your session has not moved">
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <SlotPicker id={`move-${booking.id}`} therapistId={booking.therapist.id} format={booking.format} value={startsAt} onChange={setStartsAt} error={error} legend="Choose the new time" />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading} aria-busy={loading}>
          {loading ? 'Moving…' : 'Move session'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone()}>
          Keep the current time
        </button>
      </div>
    </form>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { SelectField } from '@caregraph/client-kit/fields';
import { Loading } from '@caregraph/client-kit/status';
import { useMemo, useState, type FormEvent } from 'react';
import { formatDay, formatSession, formatTime, groupByDay } from '../format/format';
import { describeError } from '../graphql/errors';
import { FREE_TIMES, MOVE_SESSION, WORKSPACE_BOOKINGS, WORKSPACE_THERAPIST_ID } from './operations';
import type { Session } from './session-rules';

/** How far ahead the free times are offered to move a session to. */
const WINDOW_DAYS = 28;

/**
 * Moving a session before it starts to another free time (`rescheduleBooking`), with what that means
 * said first. A refusal (the time was taken meanwhile, the move limit, the session changed) is shown
 * beside the time box and the session stays where it was.
 */
export function MoveSessionForm({ session, who, onMoved, onClose }: { session: Session; who: string; onMoved: (message: string) => void; onClose: () => void }) {
  const { data: me } = useQuery(WORKSPACE_THERAPIST_ID, { fetchPolicy: 'cache-first' });
  const therapistId = me?.me.therapistProfile?.id ?? '';
  // The window is fixed when the form opens, so the query's variables stay the same while it is open.
  const range = useMemo(() => ({ from: new Date().toISOString(), to: new Date(Date.now() + WINDOW_DAYS * 86_400_000).toISOString() }), []);
  const { data, loading, error: loadError } = useQuery(FREE_TIMES, { variables: { therapistId, format: session.format, ...range }, skip: !therapistId, fetchPolicy: 'network-only' });
  const [move, moving] = useMutation(MOVE_SESSION, { refetchQueries: [WORKSPACE_BOOKINGS] });
  const [startsAt, setStartsAt] = useState('');
  const [error, setError] = useState<string>();
  const slots = (data?.therapist?.availability ?? []).filter((slot) => slot.startsAt !== session.startsAt);
  const fieldId = `move-${session.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (!startsAt) {
      setError('Choose the new time.');
      return;
    }
    try {
      const moved = await move({ variables: { id: session.id, startsAt } });
      const now = moved.data?.rescheduleBooking;
      onMoved(`Moved: ${who}’s session is now on ${now ? formatSession(now.startsAt, now.endsAt) : formatDay(startsAt)}.`);
    } catch (failure) {
      const friendly = describeError(failure, 'reschedule');
      setError(friendly.message);
    }
  }

  const { movesLeft } = session;
  return (
    <form onSubmit={submit} noValidate className="form">
      <p className="warning" tabIndex={-1}>
        {who} sees the new time in their bookings straight away, and the move is kept in the session’s history; it stays {session.status === 'CONFIRMED' ? 'confirmed' : 'a request for you to answer'}. 
        {movesLeft === 1 ? 'This is the last move this session has left.' : `This session can be moved ${movesLeft} more times.`} Moving is not a cancellation, so no late-cancellation rule applies.
      </p>
      {loading && <Loading>Finding your free times…</Loading>}
      {loadError && <p className="field-error">{describeError(loadError, 'load').message}</p>}
      {data && slots.length === 0 && <p>You have no free {session.format === 'ONLINE' ? 'online ' : ''}times in the next {WINDOW_DAYS} days. Add hours on the Schedule screen first.</p>}
      {slots.length > 0 && (
        <SelectField id={fieldId} label={`New time for ${who}’s session`} hint={`Your free times in the next ${WINDOW_DAYS} days (UK time).`} value={startsAt} error={error} onChange={(e) => setStartsAt(e.target.value)}>
          <option value="">Choose a time</option>
          {groupByDay(slots).map((day) => (
            <optgroup key={day.day} label={formatDay(day.slots[0].startsAt)}>
              {day.slots.map((slot) => (
                <option key={slot.startsAt} value={slot.startsAt}>
                  {formatDay(slot.startsAt)}, {formatTime(slot.startsAt)} to {formatTime(slot.endsAt)}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={moving.loading || slots.length === 0}>
          Move the session
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Keep the time
        </button>
      </div>
    </form>
  );
}

import { useApolloClient, useMutation } from '@apollo/client/react';
import { Fieldset, SelectField, TextAreaField, TextField } from '@caregraph/client-kit/fields';
import { useSession } from '@caregraph/client-kit/session-context';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { FORMAT_LABELS, label, REFERRAL_LABELS } from '../format/labels';
import { isValid, NOTE_MAX, normalisePostcode, validateBooking, type FieldErrors } from '../format/validation';
import type { SessionFormat } from '../gql/graphql';
import { describeError, MESSAGES } from '../graphql/errors';
import { newIdempotencyKey } from './availability-window';
import { forgetAfterBooking } from './cache-updates';
import { CREATE_BOOKING } from './operations';
import { SlotPicker } from './SlotPicker';
import { THERAPIST_AVAILABILITY } from '../therapist/operations';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

interface BookingFormProps {
  therapistId: string;
  therapistName: string;
  formats: readonly SessionFormat[];
  /** The person's accepted referral this first session comes from (it becomes BOOKED with it), if any. */
  referralId?: string | null;
}

/** Booking a session: how to meet, when, and for a home visit where; then one mutation. */
export function BookingForm({ therapistId, therapistName, formats, referralId }: BookingFormProps) {
  const focusAfterRender = useFocusAfterRender();
  const { session } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const offered = formats.filter((f) => f === 'HOME_VISIT' || f === 'ONLINE' || f === 'CLINIC');
  const [format, setFormat] = useState<SessionFormat | ''>(offered.length === 1 ? offered[0] : '');
  const [startsAt, setStartsAt] = useState('');
  const [postcode, setPostcode] = useState('');
  const [referralSource, setReferralSource] = useState(referralId ? 'GP' : 'SELF');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string>();
  // One key per booking request: a retry after a network failure sends the same key, so it cannot book twice.
  const key = useRef(newIdempotencyKey());
  const summary = useRef<HTMLDivElement>(null);
  const client = useApolloClient();
  const [book, { loading }] = useMutation(CREATE_BOOKING);

  const changed = <T,>(set: (value: T) => void) => (value: T) => {
    key.current = newIdempotencyKey();
    set(value);
  };

  function fail(message: string, fieldErrors: FieldErrors = {}) {
    setErrors(fieldErrors);
    setProblem(message);
    focusAfterRender(summary);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateBooking({ startsAt, format, postcode, referralSource, note });
    if (!isValid(found)) return fail('Check the highlighted answers.', found);
    setProblem(undefined);
    try {
      const result = await book({
        variables: {
          idempotencyKey: key.current,
          input: {
            therapistId,
            startsAt,
            format: format as SessionFormat,
            referralSource: referralSource as never,
            referralId: referralId ?? undefined,
            note: note.trim() || undefined,
            postcode: format === 'HOME_VISIT' ? normalisePostcode(postcode) : undefined,
          },
        },
        update: (cache) => forgetAfterBooking(cache, therapistId, session?.user.id),
      });
      const booking = result.data!.createBooking;
      const how = booking.status === 'REQUESTED' ? `${therapistName} will confirm it soon` : 'it is confirmed';
      navigate('/bookings', { state: { notice: `Your session with ${therapistName} is booked and ${how}.` } });
    } catch (error) {
      const friendly = describeError(error, 'book');
      if (friendly.code === 'BOOKING_CONFLICT') {
        // The time is gone: fetch the free times again, without leaving the page, and ask for another.
        setStartsAt('');
        key.current = newIdempotencyKey();
        void client.refetchQueries({ include: [THERAPIST_AVAILABILITY] });
      } else if (friendly.code !== 'NETWORK') {
        key.current = newIdempotencyKey();
      }
      fail(friendly.message, friendly.field ? { [friendly.field]: friendly.message } : {});
    }
  }

  if (!session) {
    const next = encodeURIComponent(location.pathname);
    return (
      <div className="panel">
        <p>
          To book a session, <Link to={`/sign-in?next=${next}`}>sign in</Link> or <Link to={`/sign-up?next=${next}`}>create an account</Link>. It takes a minute.
        </p>
        <SlotPicker id="preview" therapistId={therapistId} format={undefined} value="" onChange={() => undefined} legend="Free times" readOnly />
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form booking-form" aria-label={`Book a session with ${therapistName}`}>
      {problem && (
        <ErrorSummary ref={summary} title="Your session is not booked yet">
          <p>{problem}</p>
          {problem === MESSAGES.consentNeeded && (
            <p>
              <Link to="/my-data">Give your consent on “My data”</Link>
            </p>
          )}
        </ErrorSummary>
      )}
      <Fieldset id="format" legend="How would you like to meet?" error={errors.format}>
        {offered.map((f) => (
          <div className="radio" key={f}>
            <input type="radio" id={`format-${f}`} name="format" value={f} checked={format === f} onChange={() => changed(setFormat)(f)} />
            <label htmlFor={`format-${f}`}>{label(FORMAT_LABELS, f)}</label>
          </div>
        ))}
      </Fieldset>
      {format === 'HOME_VISIT' && (
        <TextField id="postcode" label="Postcode of your home" hint="The therapist visits you there. Only you and your therapist see it." autoComplete="postal-code" value={postcode} error={errors.postcode} onChange={(e) => changed(setPostcode)(e.target.value)} />
      )}
      {format && <SlotPicker id="book" therapistId={therapistId} format={format} value={startsAt} onChange={changed(setStartsAt)} error={errors.startsAt} />}
      <SelectField id="referralSource" label="How did you come to us?" value={referralSource} error={errors.referralSource} onChange={(e) => changed(setReferralSource)(e.target.value)}>
        {Object.entries(REFERRAL_LABELS).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="note"
        label="Anything your therapist should know beforehand? (optional)"
        hint={`Only you and your therapist see it. Up to ${NOTE_MAX.toLocaleString('en-GB')} characters.`}
        rows={4}
        value={note}
        error={errors.note}
        onChange={(e) => changed(setNote)(e.target.value)}
      />
      <button type="submit" className="button" disabled={loading} aria-busy={loading}>
        {loading ? 'Booking…' : 'Book this session'}
      </button>
    </form>
  );
}

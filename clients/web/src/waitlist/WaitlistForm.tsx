import { useMutation } from '@apollo/client/react';
import { Fieldset, TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../format/format';
import { FORMAT_LABELS, label } from '../format/labels';
import type { SessionFormat } from '../gql/graphql';
import { describeError, MESSAGES } from '../graphql/errors';
import { JOIN_WAITLIST, MY_WAITLIST } from './operations';
import { addDays, MAX_RANGE_DAYS, ukToday, validateRange, type DateErrors } from './waitlist-dates';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

interface WaitlistFormProps {
  therapistId: string;
  therapistName: string;
  formats: readonly SessionFormat[];
}

type Errors = DateErrors & { format?: string };

/** "Tell me if an earlier time opens": the days a client could come and how, then one mutation. */
export function WaitlistForm({ therapistId, therapistName, formats }: WaitlistFormProps) {
  const focusAfterRender = useFocusAfterRender();
  const today = ukToday();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(addDays(today, 13));
  const [format, setFormat] = useState<SessionFormat | 'ANY'>('ANY');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string>();
  const [joined, setJoined] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [join, { loading }] = useMutation(JOIN_WAITLIST, { refetchQueries: [MY_WAITLIST] });

  function fail(message: string, fieldErrors: Errors = {}) {
    setErrors(fieldErrors);
    setProblem(message);
    focusAfterRender(summary);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateRange(from, to, today);
    if (found.from || found.to) return fail('Check the highlighted dates.', found);
    setErrors({});
    setProblem(undefined);
    try {
      await join({ variables: { input: { therapistId, from, to, format: format === 'ANY' ? undefined : format } } });
      setJoined(`You are on ${therapistName}’s waitlist. We will tell you if a time opens between ${formatDate(from)} and ${formatDate(to)}.`);
      setOpen(false);
    } catch (error) {
      const friendly = describeError(error, 'waitlist');
      fail(friendly.message, friendly.field === 'from' || friendly.field === 'to' || friendly.field === 'format' ? { [friendly.field]: friendly.message } : {});
    }
  }

  if (joined) {
    return (
      <Notice>
        <p>{joined}</p>
        <p>
          <Link to="/bookings">See your waitlists</Link>
        </p>
      </Notice>
    );
  }
  if (!open) {
    return (
      <div className="panel">
        <p>No time that suits you? Join the waitlist and we will tell you when a session is cancelled or moved.</p>
        <button type="button" className="button button--secondary" aria-expanded={false} aria-controls="waitlist-form" onClick={() => setOpen(true)}>
          Tell me if an earlier time opens
        </button>
      </div>
    );
  }
  return (
    <form id="waitlist-form" onSubmit={submit} noValidate className="form panel" aria-label={`Join ${therapistName}’s waitlist`}>
      {problem && (
        <ErrorSummary ref={summary} title="You are not on the waitlist yet">
          <p>{problem}</p>
          {problem === MESSAGES.waitlistConsent && (
            <p>
              <Link to="/my-data">Give your consent on “My data”</Link>
            </p>
          )}
        </ErrorSummary>
      )}
      <TextField id="waitlist-from" label="First day you could come" type="date" min={today} value={from} error={errors.from} onChange={(e) => setFrom(e.target.value)} required />
      <TextField
        id="waitlist-to"
        label="Last day you could come"
        hint={`Up to ${MAX_RANGE_DAYS} days after the first day.`}
        type="date"
        min={from || today}
        value={to}
        error={errors.to}
        onChange={(e) => setTo(e.target.value)}
        required
      />
      <Fieldset id="waitlist-format" legend="How would you like to meet?" error={errors.format}>
        {(['ANY', ...formats] as const).map((f) => (
          <div className="radio" key={f}>
            <input type="radio" id={`waitlist-format-${f}`} name="waitlist-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
            <label htmlFor={`waitlist-format-${f}`}>{f === 'ANY' ? 'Any way' : label(FORMAT_LABELS, f)}</label>
          </div>
        ))}
      </Fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading} aria-busy={loading}>
          {loading ? 'Joining…' : 'Join the waitlist'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Not now
        </button>
      </div>
    </form>
  );
}

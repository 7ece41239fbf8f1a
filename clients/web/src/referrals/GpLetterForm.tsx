import { useMutation } from '@apollo/client/react';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { newIdempotencyKey } from '../booking/availability-window';
import { describeError, MESSAGES } from '../graphql/errors';
import { Fieldset, TextAreaField, TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { MY_REFERRALS, SUBMIT_GP_LETTER } from './operations';
import { gpLetterProblems, type GpLetterDraft, type GpLetterField } from './gp-letter-rules';

const URGENCIES = [
  ['ROUTINE', 'As usual'],
  ['SOON', 'Soon (within two weeks)'],
  ['URGENT', 'Urgently (within a few days)'],
] as const;

const EMPTY: GpLetterDraft = { givenName: '', familyName: '', dateOfBirth: '', referrerName: '', letterDate: '', reason: '', urgency: 'ROUTINE' };

/**
 * "I have a referral letter from my GP": the person types in what the letter says and sends it to this
 * therapist, who sees it in their referral inbox. Checked here as the graph checks it; one key per letter, so
 * a retry after a network failure sends it once.
 */
export function GpLetterForm({ therapistId, therapistName }: { therapistId: string; therapistName: string }) {
  const focusAfterRender = useFocusAfterRender();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<GpLetterDraft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<GpLetterField, string>>>({});
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState(false);
  const key = useRef(newIdempotencyKey());
  const summary = useRef<HTMLDivElement>(null);
  const [submitLetter, { loading }] = useMutation(SUBMIT_GP_LETTER, { refetchQueries: [MY_REFERRALS] });
  const set = (field: GpLetterField) => (event: { target: { value: string } }) => {
    key.current = newIdempotencyKey();
    setDraft({ ...draft, [field]: event.target.value });
  };

  function fail(message: string, fieldErrors: Partial<Record<GpLetterField, string>> = {}) {
    setErrors(fieldErrors);
    setProblem(message);
    focusAfterRender(summary);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = gpLetterProblems(draft);
    if (Object.keys(found).length > 0) return fail('Check the highlighted answers.', found);
    setErrors({});
    setProblem(undefined);
    try {
      await submitLetter({
        variables: {
          idempotencyKey: key.current,
          input: { therapistId, givenName: draft.givenName.trim(), familyName: draft.familyName.trim(), dateOfBirth: draft.dateOfBirth, referrerName: draft.referrerName.trim(), letterDate: draft.letterDate, reason: draft.reason.trim(), conditions: [], urgency: draft.urgency as never },
        },
      });
      setSent(true);
    } catch (error) {
      const friendly = describeError(error, 'gpLetter');
      const field = friendly.field && friendly.field in EMPTY ? (friendly.field as GpLetterField) : undefined;
      fail(friendly.message, field ? { [field]: friendly.message } : {});
    }
  }

  if (sent) {
    return (
      <Notice>
        <p>Your GP’s referral is with {therapistName}. You will see their answer under “My referrals”.</p>
        <p>
          <Link to="/referrals">See my referrals</Link>
        </p>
      </Notice>
    );
  }
  if (!open) {
    return (
      <div className="panel">
        <p>Has your GP given you a referral letter? Send what it says to {therapistName}.</p>
        <button type="button" className="button button--secondary" aria-expanded={false} aria-controls="gp-letter-form" onClick={() => setOpen(true)}>
          I have a referral letter from my GP
        </button>
      </div>
    );
  }
  return (
    <form id="gp-letter-form" onSubmit={submit} noValidate className="form panel" aria-label={`Send your GP’s referral letter to ${therapistName}`}>
      {problem && (
        <ErrorSummary ref={summary} title="Your letter has not been sent yet">
          <p>{problem}</p>
          {problem === MESSAGES.gpLetterConsent && (
            <p>
              <Link to="/my-data">Give your consent on “My data”</Link>
            </p>
          )}
        </ErrorSummary>
      )}
      <TextField id="gp-given-name" label="Your first name, as on the letter" value={draft.givenName} error={errors.givenName} onChange={set('givenName')} autoComplete="given-name" />
      <TextField id="gp-family-name" label="Your last name, as on the letter" value={draft.familyName} error={errors.familyName} onChange={set('familyName')} autoComplete="family-name" />
      <TextField id="gp-date-of-birth" label="Your date of birth" type="date" value={draft.dateOfBirth} error={errors.dateOfBirth} onChange={set('dateOfBirth')} autoComplete="bday" />
      <TextField id="gp-referrer" label="Who wrote the letter" hint="For example: Dr A. Example, Northside Surgery." value={draft.referrerName} error={errors.referrerName} onChange={set('referrerName')} />
      <TextField id="gp-letter-date" label="The date on the letter" type="date" value={draft.letterDate} error={errors.letterDate} onChange={set('letterDate')} />
      <TextAreaField id="gp-reason" label="What the letter refers you for" hint="In its words or yours; only the therapist reads it." rows={4} maxLength={2000} value={draft.reason} error={errors.reason} onChange={set('reason')} />
      <Fieldset id="gp-urgency" legend="How soon does the letter ask for you to be seen?" error={errors.urgency}>
        {URGENCIES.map(([value, words]) => (
          <div className="radio" key={value}>
            <input type="radio" id={`gp-urgency-${value}`} name="gp-urgency" value={value} checked={draft.urgency === value} onChange={set('urgency')} />
            <label htmlFor={`gp-urgency-${value}`}>{words}</label>
          </div>
        ))}
      </Fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading} aria-busy={loading}>
          {loading ? 'Sending…' : `Send to ${therapistName}`}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          Not now
        </button>
      </div>
    </form>
  );
}

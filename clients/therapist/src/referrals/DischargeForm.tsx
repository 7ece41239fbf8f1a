import { useMutation } from '@apollo/client/react';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';
import { useId, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../graphql/errors';
import { CheckboxField, TextAreaField, TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { DISCHARGE_REFERRAL, WORKSPACE_REFERRALS } from './operations';
import { dischargeInput, dischargeProblems, type DischargeDraft, type DischargeField, type Referral } from './referral-rules';

const EMPTY: DischargeDraft = { phq9AtStart: '', phq9AtEnd: '', gad7AtStart: '', gad7AtEnd: '', goalsAchieved: '', recommendations: '' };

/** The graph names a field of the input (`input.phq9AtEnd`); the form's field has the same name. */
function formFieldOf(field: string | undefined): DischargeField | undefined {
  const name = field?.replace(/^input\./, '');
  return name && name in EMPTY ? (name as DischargeField) : undefined;
}

/**
 * Ends care under a referral with a discharge summary: the measures at the start and the end (if taken), the
 * goals achieved and recommendations. Checked here as the graph checks it; discharging is final, so it asks for
 * a confirmation first. The referrer reads the summary only if the person agrees to share it.
 */
export function DischargeForm({ referral, onDone, onCancel }: { referral: Referral; onDone: (message: string) => void; onCancel: () => void }) {
  const id = useId();
  const focusAfterRender = useFocusAfterRender();
  const [draft, setDraft] = useState<DischargeDraft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<DischargeField, string>>>({});
  const [confirmed, setConfirmed] = useState(false);
  const [problem, setProblem] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [discharge, { loading }] = useMutation(DISCHARGE_REFERRAL, { refetchQueries: [WORKSPACE_REFERRALS] });
  const who = `${referral.person.givenName} ${referral.person.familyName}`;
  const set = (field: DischargeField) => (event: { target: { value: string } }) => setDraft({ ...draft, [field]: event.target.value });

  function fail(message: string, fieldErrors: Partial<Record<DischargeField, string>> = {}) {
    setErrors(fieldErrors);
    setProblem(message);
    focusAfterRender(summary);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = dischargeProblems(draft);
    if (Object.keys(found).length > 0) return fail('Check the highlighted fields.', found);
    if (!confirmed) return fail(`Confirm that care for ${who} under this referral has ended: a discharge cannot be undone.`);
    setErrors({});
    setProblem(undefined);
    try {
      await discharge({ variables: { input: dischargeInput(referral.id, draft) } });
      onDone(`You discharged ${who}. They can choose to share the summary with the referrer.`);
    } catch (error) {
      const friendly = describeError(error, 'referral');
      const field = formFieldOf(friendly.field);
      fail(friendly.message, field ? { [field]: friendly.message } : {});
    }
  }

  return (
    <form onSubmit={submit} noValidate className="form discharge" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Discharge summary for {who}</h4>
      {problem && (
        <ErrorSummary ref={summary} title="Not discharged yet">
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <p className="hint">Scores are optional: leave a measure empty if you did not take it.</p>
      <div className="field-row">
        <TextField id={`${id}-phq9-start`} label="PHQ-9 at the start (0–27)" inputMode="numeric" value={draft.phq9AtStart} error={errors.phq9AtStart} onChange={set('phq9AtStart')} />
        <TextField id={`${id}-phq9-end`} label="PHQ-9 at the end (0–27)" inputMode="numeric" value={draft.phq9AtEnd} error={errors.phq9AtEnd} onChange={set('phq9AtEnd')} />
      </div>
      <div className="field-row">
        <TextField id={`${id}-gad7-start`} label="GAD-7 at the start (0–21)" inputMode="numeric" value={draft.gad7AtStart} error={errors.gad7AtStart} onChange={set('gad7AtStart')} />
        <TextField id={`${id}-gad7-end`} label="GAD-7 at the end (0–21)" inputMode="numeric" value={draft.gad7AtEnd} error={errors.gad7AtEnd} onChange={set('gad7AtEnd')} />
      </div>
      <TextAreaField id={`${id}-goals`} label="Goals achieved" hint="In plain words: the person may share this with their referrer." rows={3} maxLength={2000} value={draft.goalsAchieved} error={errors.goalsAchieved} onChange={set('goalsAchieved')} />
      <TextAreaField id={`${id}-recommendations`} label="Recommendations" hint="For the person and, if they share it, the referrer." rows={3} maxLength={2000} value={draft.recommendations} error={errors.recommendations} onChange={set('recommendations')} />
      <CheckboxField id={`${id}-confirm`} label={`Care for ${who} under this referral has ended. I understand a discharge cannot be undone.`} checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
      <div className="button-row">
        <button type="submit" className="button button--warning" disabled={loading} aria-busy={loading}>
          {loading ? 'Discharging…' : 'Discharge'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Not yet
        </button>
      </div>
    </form>
  );
}

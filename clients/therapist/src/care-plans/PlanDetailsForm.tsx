import { useApolloClient, useMutation } from '@apollo/client/react';
import { CheckboxField, Fieldset, TextAreaField, TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { WorkspaceCarePlanFragment } from '../gql/graphql';
import { CONDITION_LABELS } from '../format/labels';
import { describeError } from '../graphql/errors';
import { ConflictPanel } from '../schedule/ConflictPanel';
import { formField } from './form-errors';
import { UPDATE_CARE_PLAN, WORKSPACE_CARE_PLAN } from './operations';
import { planDetailsInput, planDetailsValues, planDifferences, type PlanDetailsErrors, type PlanDetailsValues } from './plan-details';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

type Plan = WorkspaceCarePlanFragment;

/**
 * Editing the plan's focus, summary, dates and review cadence, saved against the version the therapist
 * started from. A save refused as stale loads the saved version and shows it beside the edits, which
 * stay in the form: the therapist keeps theirs (saved against the new version) or takes the saved one.
 */
export function PlanDetailsForm({ plan, onDone }: { plan: Plan; onDone: (message: string) => void }) {
  const focusAfterRender = useFocusAfterRender();
  const apollo = useApolloClient();
  const [base, setBase] = useState({ version: plan.version, values: planDetailsValues(plan) });
  const [values, setValues] = useState<PlanDetailsValues>(base.values);
  const [errors, setErrors] = useState<PlanDetailsErrors>({});
  const [problem, setProblem] = useState<string>();
  const [conflict, setConflict] = useState<{ updatedAt: string }>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const [update, { loading }] = useMutation(UPDATE_CARE_PLAN);
  // Another change on this page (the status, a goal) moves the plan's version: untouched, the form follows it.
  const untouched = planDifferences(base.values, values).length === 0;
  useEffect(() => {
    if (plan.version !== base.version && untouched && !conflict) {
      const next = { version: plan.version, values: planDetailsValues(plan) };
      setBase(next);
      setValues(next.values);
    }
  }, [plan, base.version, untouched, conflict]);
  const set = <K extends keyof PlanDetailsValues>(field: K, value: PlanDetailsValues[K]) => setValues((now) => ({ ...now, [field]: value }));

  async function save(against = base) {
    setErrors({});
    setProblem(undefined);
    const checked = planDetailsInput(values, against.values);
    if (checked.errors) {
      setErrors(checked.errors);
      setProblem('Check the highlighted fields.');
      focusAfterRender(summaryRef);
      return;
    }
    if (Object.keys(checked.input).length === 0) {
      setConflict(undefined);
      setProblem('Nothing has changed: change a detail first, then save.');
      focusAfterRender(summaryRef);
      return;
    }
    try {
      const result = await update({ variables: { id: plan.id, expectedVersion: against.version, input: checked.input } });
      const saved = result.data!.updateCarePlan;
      const next = { version: saved.version, values: planDetailsValues(saved) };
      setBase(next);
      setValues(next.values);
      setConflict(undefined);
      onDone('The plan’s details are saved.');
    } catch (error) {
      const friendly = describeError(error, 'carePlan');
      if (friendly.code === 'CONFLICT') {
        // Load the saved version; the edits stay in the form.
        const fresh = await apollo.query({ query: WORKSPACE_CARE_PLAN, variables: { id: plan.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
        const now = fresh?.data?.carePlan;
        if (now) {
          setBase({ version: now.version, values: planDetailsValues(now) });
          setConflict({ updatedAt: now.updatedAt });
          focusAfterRender(conflictRef);
          return;
        }
      }
      const field = formField(friendly.field) as keyof PlanDetailsValues | undefined;
      if (field && field in values) setErrors({ [field]: friendly.message });
      setProblem(friendly.message);
      focusAfterRender(summaryRef);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  return (
    <details className="panel">
      <summary>Edit the plan’s details</summary>
      {conflict && (
        <ConflictPanel
          ref={conflictRef}
          subject="care plan"
          titleId="plan-conflict-title"
          updatedAt={conflict.updatedAt}
          differences={planDifferences(base.values, values)}
          busy={loading}
          onKeepMine={() => void save(base)}
          onUseSaved={() => {
            setValues(base.values);
            setConflict(undefined);
            onDone('The form now shows the saved details.');
          }}
        />
      )}
      {problem && (
        <ErrorSummary ref={summaryRef}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <form onSubmit={submit} noValidate className="form">
        <Fieldset id="edit-focusConditions" legend="What the plan focuses on" error={errors.focusConditions}>
          {Object.entries(CONDITION_LABELS).map(([value, text]) => (
            <CheckboxField
              key={value}
              id={`edit-condition-${value}`}
              label={text}
              checked={values.focusConditions.includes(value)}
              onChange={(e) => set('focusConditions', e.target.checked ? [...values.focusConditions, value] : values.focusConditions.filter((c) => c !== value))}
            />
          ))}
        </Fieldset>
        <TextAreaField id="edit-summary" label="Plan summary" hint="The client reads it." rows={4} value={values.summary} error={errors.summary} onChange={(e) => set('summary', e.target.value)} />
        <TextField id="edit-startDate" label="Start date" type="date" value={values.startDate} error={errors.startDate} onChange={(e) => set('startDate', e.target.value)} />
        <TextField id="edit-endDate" label="End date (optional)" type="date" value={values.endDate} error={errors.endDate} onChange={(e) => set('endDate', e.target.value)} />
        <TextField id="edit-reviewCadenceWeeks" label="Review every (weeks)" hint="The next review date follows from the last review (or the start) and this." inputMode="numeric" value={values.reviewCadenceWeeks} error={errors.reviewCadenceWeeks} onChange={(e) => set('reviewCadenceWeeks', e.target.value)} />
        <button type="submit" className="button" disabled={loading}>
          Save the details
        </button>
      </form>
    </details>
  );
}

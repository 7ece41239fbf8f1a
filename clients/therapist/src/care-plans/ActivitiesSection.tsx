import { useMutation } from '@apollo/client/react';
import { SelectField, TextAreaField, TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import type { WorkspaceCarePlanFragment } from '../gql/graphql';
import { formatDateTime } from '../format/format';
import { ACTIVITY_TYPE_LABELS, label } from '../format/labels';
import { describeError } from '../graphql/errors';
import { formField } from './form-errors';
import { ADD_ACTIVITY, UPDATE_ACTIVITY, WORKSPACE_CARE_PLAN } from './operations';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

type Plan = WorkspaceCarePlanFragment;
type Activity = Plan['activities'][number];

const MOODS = ['very low', 'low', 'okay', 'good', 'very good'];

function ActivityItem({ activity, goals, onDone }: { activity: Activity; goals: Plan['goals']; onDone: (message: string) => void }) {
  const [problem, setProblem] = useState<string>();
  const [update, { loading }] = useMutation(UPDATE_ACTIVITY);
  const name = label(ACTIVITY_TYPE_LABELS, activity.type);
  const goal = goals.find((g) => g.id === activity.goal?.id);

  async function retire() {
    setProblem(undefined);
    try {
      await update({ variables: { id: activity.id, expectedVersion: activity.version, input: { active: !activity.active } } });
      onDone(activity.active ? `Activity retired: the client can no longer log “${activity.instructions}”.` : `Activity back in use: “${activity.instructions}”.`);
    } catch (error) {
      const friendly = describeError(error, 'carePlan');
      setProblem(friendly.code === 'CONFLICT' ? 'This activity was changed since you opened the plan, so nothing was changed. Reload the plan and try again.' : friendly.message);
    }
  }

  return (
    <li className="card">
      <h3 className="card__title">{activity.instructions}</h3>
      <p className="goal__meta">
        {name} · {activity.timesPerWeek} time{activity.timesPerWeek === 1 ? '' : 's'} a week{goal ? ` · for “${goal.description}”` : ''}
        {!activity.active && ' · retired'}
      </p>
      {problem && (
        <ErrorSummary>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <h4>The client’s recent logs</h4>
      {activity.logs.length === 0 ? (
        <p className="hint">Not logged yet.</p>
      ) : (
        <ul className="plain-list">
          {[...activity.logs]
            .sort((a, b) => b.doneAt.localeCompare(a.doneAt))
            .map((log) => (
              <li key={log.id}>
                {formatDateTime(log.doneAt)}
                {log.mood ? ` — mood ${log.mood} of 5 (${MOODS[log.mood - 1]})` : ''}
                {log.note ? ` — “${log.note}”` : ''}
              </li>
            ))}
        </ul>
      )}
      <button type="button" className="button button--secondary" disabled={loading} onClick={() => void retire()}>
        {activity.active ? 'Retire' : 'Bring back'}
        <span className="visually-hidden"> “{activity.instructions}”</span>
      </button>
    </li>
  );
}

/** The activities the client does between sessions, with their logs and moods, and adding one. */
export function ActivitiesSection({ plan, onDone }: { plan: Plan; onDone: (message: string) => void }) {
  const focusAfterRender = useFocusAfterRender();
  const [type, setType] = useState('PHYSICAL_ACTIVITY');
  const [times, setTimes] = useState('3');
  const [instructions, setInstructions] = useState('');
  const [goalId, setGoalId] = useState('');
  const [errors, setErrors] = useState<Partial<Record<'type' | 'timesPerWeek' | 'instructions' | 'goalId', string>>>({});
  const [problem, setProblem] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [add, { loading }] = useMutation(ADD_ACTIVITY, { refetchQueries: [{ query: WORKSPACE_CARE_PLAN, variables: { id: plan.id } }], awaitRefetchQueries: true });

  function fail(message: string, found: typeof errors = {}) {
    setErrors(found);
    setProblem(message);
    focusAfterRender(summary);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const found: typeof errors = {};
    if (!instructions.trim()) found.instructions = 'Say what the client does, in their words.';
    if (!/^\d+$/.test(times) || Number(times) < 1) found.timesPerWeek = 'Enter how many times a week, as a whole number.';
    if (Object.keys(found).length) return fail('Check the highlighted fields.', found);
    try {
      await add({ variables: { carePlanId: plan.id, input: { type: type as never, timesPerWeek: Number(times), instructions: instructions.trim(), goalId: goalId || undefined } } });
      onDone(`Activity added: “${instructions.trim()}”.`);
      setInstructions('');
      setErrors({});
    } catch (error) {
      const friendly = describeError(error, 'carePlan');
      const field = formField(friendly.field) as keyof typeof errors | undefined;
      fail(friendly.message, field ? { [field]: friendly.message } : {});
    }
  }

  return (
    <section aria-labelledby="activities-heading">
      <h2 id="activities-heading">Activities ({plan.activities.length})</h2>
      {plan.activities.length === 0 ? (
        <p>No activities yet.</p>
      ) : (
        <ul className="card-list">
          {plan.activities.map((activity) => (
            <ActivityItem key={`${activity.id}-${activity.version}`} activity={activity} goals={plan.goals} onDone={onDone} />
          ))}
        </ul>
      )}
      <details className="panel">
        <summary>Add an activity</summary>
        {problem && (
          <ErrorSummary ref={summary}>
            <p>{problem}</p>
          </ErrorSummary>
        )}
        <form onSubmit={submit} noValidate className="form">
          <SelectField id="new-activity-type" label="Kind of activity" value={type} error={errors.type} onChange={(e) => setType(e.target.value)}>
            {Object.entries(ACTIVITY_TYPE_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </SelectField>
          <TextAreaField id="new-activity-instructions" label="What the client does" rows={2} value={instructions} error={errors.instructions} onChange={(e) => setInstructions(e.target.value)} />
          <TextField id="new-activity-times" label="Times a week" inputMode="numeric" value={times} error={errors.timesPerWeek} onChange={(e) => setTimes(e.target.value)} />
          <SelectField id="new-activity-goal" label="Towards goal (optional)" value={goalId} error={errors.goalId} onChange={(e) => setGoalId(e.target.value)}>
            <option value="">No particular goal</option>
            {plan.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.description}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button" disabled={loading}>
            Add the activity
          </button>
        </form>
      </details>
    </section>
  );
}

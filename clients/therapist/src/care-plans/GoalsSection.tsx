import { useMutation } from '@apollo/client/react';
import { SelectField, TextAreaField } from '@caregraph/client-kit/fields';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import type { WorkspaceCarePlanFragment } from '../gql/graphql';
import { formatDate } from '../format/format';
import { GOAL_ACHIEVEMENT_LABELS, GOAL_CATEGORY_LABELS, GOAL_STATUS_LABELS, label } from '../format/labels';
import { describeError } from '../graphql/errors';
import { formField } from './form-errors';
import { ADD_GOAL, UPDATE_GOAL, WORKSPACE_CARE_PLAN } from './operations';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

type Plan = WorkspaceCarePlanFragment;
type Goal = Plan['goals'][number];

/** A goal's status and how it is going, saved with the version the therapist saw (a concurrent change is explained, not overwritten). */
function GoalItem({ goal, onDone }: { goal: Goal; onDone: (message: string) => void }) {
  const focusAfterRender = useFocusAfterRender();
  const [status, setStatus] = useState<string>(goal.status);
  const [achievement, setAchievement] = useState<string>(goal.achievement);
  const [problem, setProblem] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [update, { loading }] = useMutation(UPDATE_GOAL);
  const changed = status !== goal.status || achievement !== goal.achievement;

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    try {
      await update({ variables: { id: goal.id, expectedVersion: goal.version, input: { status: status as never, achievement: achievement as never } } });
      onDone(`Goal updated: “${goal.description}”.`);
    } catch (error) {
      const friendly = describeError(error, 'carePlan');
      setProblem(
        friendly.code === 'CONFLICT'
          ? 'This goal was changed by someone else since you opened the plan, so your change was not saved. Reload the plan to see the current version, then make your change again.'
          : friendly.message,
      );
      focusAfterRender(summary);
    }
  }

  return (
    <li className="card goal">
      <h3 className="card__title">{goal.description}</h3>
      <p className="goal__meta">
        {label(GOAL_CATEGORY_LABELS, goal.category)}
        {goal.targetDate ? ` · by ${formatDate(goal.targetDate)}` : ''}
      </p>
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <form onSubmit={save} noValidate className="inline-form">
        <SelectField id={`goal-${goal.id}-status`} label={<>Status<span className="visually-hidden"> of “{goal.description}”</span></>} value={status} onChange={(e) => setStatus(e.target.value)}>
          {Object.entries(GOAL_STATUS_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
        <SelectField id={`goal-${goal.id}-achievement`} label={<>How it is going<span className="visually-hidden"> for “{goal.description}”</span></>} value={achievement} onChange={(e) => setAchievement(e.target.value)}>
          {Object.entries(GOAL_ACHIEVEMENT_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--secondary" disabled={loading || !changed}>
          Save<span className="visually-hidden"> “{goal.description}”</span>
        </button>
      </form>
    </li>
  );
}

/** The plan's goals, and adding one. */
export function GoalsSection({ plan, onDone }: { plan: Plan; onDone: (message: string) => void }) {
  const focusAfterRender = useFocusAfterRender();
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState('OTHER');
  const [errors, setErrors] = useState<Partial<Record<'description' | 'category', string>>>({});
  const [problem, setProblem] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [add, { loading }] = useMutation(ADD_GOAL, { refetchQueries: [{ query: WORKSPACE_CARE_PLAN, variables: { id: plan.id } }], awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setProblem(undefined);
    if (!description.trim()) {
      setErrors({ description: 'Describe the goal.' });
      setProblem('Check the highlighted fields.');
      focusAfterRender(summary);
      return;
    }
    try {
      await add({ variables: { carePlanId: plan.id, input: { description: description.trim(), category: category as never } } });
      onDone(`Goal added: “${description.trim()}”.`);
      setDescription('');
    } catch (error) {
      const friendly = describeError(error, 'carePlan');
      const field = formField(friendly.field);
      if (field === 'description' || field === 'category') setErrors({ [field]: friendly.message });
      setProblem(friendly.message);
      focusAfterRender(summary);
    }
  }

  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">Goals ({plan.goals.length})</h2>
      {plan.goals.length === 0 ? (
        <p>No goals yet.</p>
      ) : (
        <ul className="card-list">
          {plan.goals.map((goal) => (
            <GoalItem key={`${goal.id}-${goal.version}`} goal={goal} onDone={onDone} />
          ))}
        </ul>
      )}
      <details className="panel">
        <summary>Add a goal</summary>
        {problem && (
          <ErrorSummary ref={summary}>
            <p>{problem}</p>
          </ErrorSummary>
        )}
        <form onSubmit={submit} noValidate className="form">
          <TextAreaField id="new-goal-description" label="Goal" rows={2} value={description} error={errors.description} onChange={(e) => setDescription(e.target.value)} />
          <SelectField id="new-goal-category" label="Kind of goal" value={category} error={errors.category} onChange={(e) => setCategory(e.target.value)}>
            {Object.entries(GOAL_CATEGORY_LABELS).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button" disabled={loading}>
            Add the goal
          </button>
        </form>
      </details>
    </section>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { CheckboxField, Fieldset, SelectField, TextAreaField, TextField } from '@caregraph/client-kit/fields';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { clientList } from '../clients/client-list';
import { WORKSPACE_CLIENT_PLANS, WORKSPACE_CLIENTS } from '../clients/operations';
import { ukToday } from '../format/format';
import { CONDITION_LABELS, GOAL_CATEGORY_LABELS } from '../format/labels';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { formField } from './form-errors';
import { CREATE_CARE_PLAN } from './operations';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

type Errors = Partial<Record<'focusConditions' | 'summary' | 'startDate' | 'endDate' | 'reviewCadenceWeeks' | 'goals.description' | 'goals.category', string>>;

/** Opens a care plan (a draft, with its first goal) for a client the therapist has a care relationship with. */
export function NewCarePlanPage() {
  const focusAfterRender = useFocusAfterRender();
  const [params] = useSearchParams();
  const clientId = params.get('client') ?? '';
  const navigate = useNavigate();
  const { data } = useQuery(WORKSPACE_CLIENTS);
  const client = clientList(data?.myClients.edges.map((e) => e.node) ?? [], []).find((c) => c.id === clientId);
  const [conditions, setConditions] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [startDate, setStartDate] = useState(ukToday());
  const [endDate, setEndDate] = useState('');
  const [cadence, setCadence] = useState('4');
  const [goal, setGoal] = useState('');
  const [category, setCategory] = useState('OTHER');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [create, { loading }] = useMutation(CREATE_CARE_PLAN, { refetchQueries: [WORKSPACE_CLIENT_PLANS] });

  function fail(message: string, found: Errors = {}) {
    setErrors(found);
    setProblem(message);
    focusAfterRender(summaryRef);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (conditions.length === 0) found.focusConditions = 'Choose at least one condition the plan focuses on.';
    if (!summary.trim()) found.summary = 'Write what the plan is about, as agreed with the client.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) found.startDate = 'Enter the day the plan starts.';
    if (!/^\d+$/.test(cadence) || Number(cadence) < 1 || Number(cadence) > 26) found.reviewCadenceWeeks = 'Enter a number of weeks from 1 to 26.';
    if (Object.keys(found).length) return fail('Check the highlighted fields.', found);
    try {
      const result = await create({
        variables: {
          input: {
            clientId,
            focusConditions: conditions as never,
            summary: summary.trim(),
            startDate,
            endDate: endDate || undefined,
            reviewCadenceWeeks: Number(cadence),
            goals: goal.trim() ? [{ description: goal.trim(), category: category as never }] : [],
          },
        },
      });
      navigate(`/care-plans/${result.data!.createCarePlan.id}`, { state: { notice: 'Care plan opened as a draft. Start it when you have agreed it with the client.' } });
    } catch (error) {
      const friendly = describeError(error, 'carePlan');
      const field = formField(friendly.field) as keyof Errors | undefined;
      fail(friendly.code === 'FORBIDDEN' ? 'You can open a care plan only for a client who has a session with you that was not cancelled or declined.' : friendly.message, field ? { [field]: friendly.message } : {});
    }
  }

  const who = client?.displayName ?? 'your client';
  return (
    <Page title="Open a care plan" heading={`Open a care plan for ${who}`}>
      {problem && (
        <ErrorSummary ref={summaryRef}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      <form onSubmit={submit} noValidate className="form">
        <Fieldset id="focusConditions" legend="What the plan focuses on" error={errors.focusConditions}>
          {Object.entries(CONDITION_LABELS).map(([value, text]) => (
            <CheckboxField
              key={value}
              id={`condition-${value}`}
              label={text}
              checked={conditions.includes(value)}
              onChange={(e) => setConditions((now) => (e.target.checked ? [...now, value] : now.filter((c) => c !== value)))}
            />
          ))}
        </Fieldset>
        <TextAreaField id="summary" label="Summary" hint="What the plan is about, in words agreed with the client. The client reads it." rows={4} value={summary} error={errors.summary} onChange={(e) => setSummary(e.target.value)} />
        <TextField id="startDate" label="Start date" type="date" value={startDate} error={errors.startDate} onChange={(e) => setStartDate(e.target.value)} />
        <TextField id="endDate" label="End date (optional)" type="date" value={endDate} error={errors.endDate} onChange={(e) => setEndDate(e.target.value)} />
        <TextField id="reviewCadenceWeeks" label="Review every (weeks)" inputMode="numeric" value={cadence} error={errors.reviewCadenceWeeks} onChange={(e) => setCadence(e.target.value)} />
        <h2>First goal (optional)</h2>
        <TextAreaField id="goalDescription" label="Goal" hint="A small, realistic step, for example “Get up by 9 on weekdays”." rows={2} value={goal} error={errors['goals.description']} onChange={(e) => setGoal(e.target.value)} />
        <SelectField id="goalCategory" label="Kind of goal" value={category} error={errors['goals.category']} onChange={(e) => setCategory(e.target.value)}>
          {Object.entries(GOAL_CATEGORY_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button" disabled={loading || !clientId}>
          Open the care plan
        </button>
      </form>
    </Page>
  );
}

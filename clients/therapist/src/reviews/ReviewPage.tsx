import { useMutation, useQuery } from '@apollo/client/react';
import { Fieldset, SelectField, TextAreaField } from '@caregraph/client-kit/fields';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { COMPLETED_SESSIONS } from '../bookings/booking-windows';
import { WORKSPACE_BOOKINGS } from '../bookings/operations';
import { WORKSPACE_CARE_PLAN } from '../care-plans/operations';
import { formatDateTime, formatSession } from '../format/format';
import { GOAL_ACHIEVEMENT_LABELS, GOAL_STATUS_LABELS, label } from '../format/labels';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { CopmFields } from './CopmFields';
import { RECORD_PROGRESS_REVIEW } from './operations';
import { QuestionnaireFields } from './QuestionnaireFields';
import './reviews.css';
import { emptyReview, NOTES_MAX, reviewErrorKey, reviewInput, type ReviewDraft, type ReviewErrors } from './review-form';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

/**
 * Recording a progress review at a completed session: notes, goal updates, COPM ratings and PHQ-9 /
 * GAD-7 taken with the client. Saved against the plan version the therapist opened; a refusal keeps
 * everything typed, shows each field error beside its box, and records nothing.
 */
export function ReviewPage() {
  const focusAfterRender = useFocusAfterRender();
  const { planId = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(WORKSPACE_CARE_PLAN, { variables: { id: planId } });
  const { data: bookings } = useQuery(WORKSPACE_BOOKINGS, { variables: COMPLETED_SESSIONS });
  const plan = data?.carePlan;
  const sessions = (bookings?.me.therapistProfile?.bookings.edges.map((e) => e.node) ?? [])
    .filter((s) => s.status === 'COMPLETED' && plan?.client && s.client?.id === plan.client.id)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  const [draft, setDraft] = useState<ReviewDraft>();
  const [errors, setErrors] = useState<ReviewErrors>({});
  const [problem, setProblem] = useState<string>();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [record, recording] = useMutation(RECORD_PROGRESS_REVIEW);

  if (loading && !data) return <Loading />;
  if (!plan) {
    return (
      <Page title="Progress review">
        <ErrorSummary>
          <p>{error ? describeError(error, 'load').message : 'We could not find this care plan.'}</p>
        </ErrorSummary>
      </Page>
    );
  }
  const goals = plan.goals.filter((g) => g.status !== 'COMPLETED' && g.status !== 'CANCELLED');
  const form = draft ?? emptyReview(goals.map((g) => g.id), params.get('booking') ?? sessions[0]?.id ?? '');
  const update = (change: Partial<ReviewDraft>) => setDraft({ ...form, ...change });
  const who = plan.client?.displayName ?? 'A former client';

  function fail(message: string, found: ReviewErrors) {
    setErrors(found);
    setProblem(message);
    focusAfterRender(summaryRef);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = reviewInput(form);
    if (checked.errors) return fail('Check the highlighted fields.', checked.errors);
    try {
      await record({ variables: { carePlanId: plan!.id, expectedVersion: plan!.version, input: checked.input } });
      await refetch();
      navigate(`/care-plans/${plan!.id}`, { state: { notice: 'Progress review recorded. The trends below include its measures.' } });
    } catch (failure) {
      const friendly = describeError(failure, 'carePlan');
      if (friendly.code === 'CONFLICT') {
        // The plan moved on (a goal, the status, another review): load it; the review stays in the form.
        const fresh = await refetch().catch(() => undefined);
        const at = fresh?.data?.carePlan?.updatedAt;
        return fail(`The care plan was changed${at ? ` on ${formatDateTime(at)}` : ''} after you opened it, so the review was not recorded. Everything you typed is still here and the plan is now the current version: check it and send the review again.`, {});
      }
      const key = reviewErrorKey(friendly.field, checked.input);
      fail(friendly.message, key ? { [key]: friendly.message } : {});
    }
  }

  return (
    <Page title="Progress review" heading={`Progress review: ${who}`}>
      <p>
        <Link to={`/care-plans/${plan.id}`}>Back to {who}’s care plan</Link>
      </p>
      {problem && (
        <ErrorSummary ref={summaryRef}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      {sessions.length === 0 ? (
        <p>A review is recorded at a session that took place. Record the session’s outcome on the Bookings screen first.</p>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <SelectField id="bookingId" label="Session the review took place at" value={form.bookingId} error={errors.bookingId} onChange={(e) => update({ bookingId: e.target.value })}>
            {sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {formatSession(s.startsAt, s.endsAt)}
              </option>
            ))}
          </SelectField>
          <TextAreaField id="notes" label="Notes of the review" hint="Only you and the client see them." rows={5} maxLength={NOTES_MAX} value={form.notes} error={errors.notes} onChange={(e) => update({ notes: e.target.value })} />
          {goals.length > 0 && (
            <section aria-labelledby="goal-updates-heading">
              <h2 id="goal-updates-heading">Goals</h2>
              {form.goals.map((g, i) => {
                const goal = goals.find((x) => x.id === g.goalId);
                if (!goal) return null;
                const set = (change: Partial<typeof g>) => update({ goals: form.goals.map((x, j) => (j === i ? { ...x, ...change } : x)) });
                return (
                  <Fieldset key={g.goalId} id={`goals-${g.goalId}`} legend={goal.description} error={errors[`goals.${g.goalId}`]}>
                    <SelectField id={`goal-${g.goalId}-achievement`} label="How the client is getting on" value={g.achievement} onChange={(e) => set({ achievement: e.target.value })}>
                      <option value="">Not discussed</option>
                      {Object.entries(GOAL_ACHIEVEMENT_LABELS).map(([value, text]) => (
                        <option key={value} value={value}>
                          {text}
                        </option>
                      ))}
                    </SelectField>
                    <SelectField id={`goal-${g.goalId}-status`} label={`Status (now ${label(GOAL_STATUS_LABELS, goal.status).toLowerCase()})`} value={g.status} onChange={(e) => set({ status: e.target.value })}>
                      <option value="">Unchanged</option>
                      {Object.entries(GOAL_STATUS_LABELS).map(([value, text]) => (
                        <option key={value} value={value}>
                          {text}
                        </option>
                      ))}
                    </SelectField>
                  </Fieldset>
                );
              })}
            </section>
          )}
          <CopmFields rows={form.copm} errors={errors} onChange={(copm) => update({ copm })} />
          <section aria-labelledby="measures-heading">
            <h2 id="measures-heading">Questionnaires taken with the client (optional)</h2>
            <p className="hint">An answer above 0 on PHQ-9 item 9 raises a risk flag on the plan.</p>
            <QuestionnaireFields kind="PHQ9" answers={form.phq9} error={errors.phq9} onChange={(phq9) => update({ phq9 })} />
            <QuestionnaireFields kind="GAD7" answers={form.gad7} error={errors.gad7} onChange={(gad7) => update({ gad7 })} />
          </section>
          <button type="submit" className="button" disabled={recording.loading}>
            Record the review
          </button>
        </form>
      )}
    </Page>
  );
}

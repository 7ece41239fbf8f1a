import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime } from '../format/format';
import { CARE_PLAN_STATUS_LABELS, CONDITION_LABELS, label, QUESTIONNAIRE_KIND_LABELS, SEVERITY_BAND_LABELS } from '../format/labels';
import { describeError } from '../graphql/errors';
import { useAnnouncer } from '../layout/announcer';
import { Page } from '../layout/Page';
import { TrendsSection } from '../trends/TrendsSection';
import { ActivitiesSection } from './ActivitiesSection';
import { GoalsSection } from './GoalsSection';
import { SET_CARE_PLAN_STATUS, WORKSPACE_CARE_PLAN } from './operations';
import { PlanDetailsForm } from './PlanDetailsForm';
import { statusChanges } from './plan-status';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';
import '../reviews/reviews.css';

/** One care plan: its details (editable) and status, risk flags, progress reviews, trends, goals, activities with the client's logs, and check-ins. */
export function CarePlanPage() {
  const focusAfterRender = useFocusAfterRender();
  const { planId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(WORKSPACE_CARE_PLAN, { variables: { id: planId } });
  const { announce, announcement } = useAnnouncer();
  const [problem, setProblem] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [setStatus, statusChange] = useMutation(SET_CARE_PLAN_STATUS);
  const plan = data?.carePlan;

  async function changeStatus(to: string, action: string) {
    if (!plan) return;
    setProblem(undefined);
    try {
      await setStatus({ variables: { id: plan.id, status: to as never, expectedVersion: plan.version } });
      announce(`${action}: the plan is now ${label(CARE_PLAN_STATUS_LABELS, to).toLowerCase()}.`);
    } catch (failure) {
      const friendly = describeError(failure, 'carePlan');
      await refetch().catch(() => undefined);
      setProblem(friendly.code === 'CONFLICT' ? `${friendly.message} Nothing was changed.` : friendly.message);
      focusAfterRender(summary);
    }
  }

  if (loading && !data) return <Loading />;
  if (!plan) {
    return (
      <Page title="Care plan">
        <ErrorSummary>
          <p>{error ? describeError(error, 'load').message : 'We could not find this care plan.'}</p>
        </ErrorSummary>
      </Page>
    );
  }
  const who = plan.client?.displayName ?? 'A former client';
  const flags = [...plan.riskFlags].sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
  return (
    <Page title={`${who}’s care plan`}>
      {announcement}
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      {flags.some((f) => !f.acknowledgedAt) && (
        <div className="risk-flags">
          <p>
            <strong>This plan has an open risk flag.</strong> Acknowledge it on the Today screen once you have acted.
          </p>
        </div>
      )}
      <dl className="facts facts--profile">
        <div>
          <dt>Status</dt>
          <dd>{label(CARE_PLAN_STATUS_LABELS, plan.status)}</dd>
        </div>
        <div>
          <dt>Focus</dt>
          <dd>{plan.focusConditions.map((c) => label(CONDITION_LABELS, c)).join(', ')}</dd>
        </div>
        <div>
          <dt>Dates</dt>
          <dd>
            From {formatDate(plan.startDate)}
            {plan.endDate ? ` to ${formatDate(plan.endDate)}` : ''}
          </dd>
        </div>
        <div>
          <dt>Reviews</dt>
          <dd>
            Every {plan.reviewCadenceWeeks} week{plan.reviewCadenceWeeks === 1 ? '' : 's'}; next due {formatDate(plan.nextReviewDue)}
            {plan.overdueForReview && <strong> (overdue)</strong>}
            {plan.lastReviewedOn ? `; last ${formatDate(plan.lastReviewedOn)}` : ''}
          </dd>
        </div>
        <div className="facts__wide">
          <dt>Summary</dt>
          <dd>{plan.summary}</dd>
        </div>
      </dl>
      {plan.status !== 'COMPLETED' && plan.status !== 'CANCELLED' && <PlanDetailsForm plan={plan} onDone={announce} />}
      {statusChanges(plan.status).length > 0 && (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">Plan status</h2>
          <ul className="plain-list">
            {statusChanges(plan.status).map((change) => (
              <li key={change.to} className="status-change">
                <button type="button" className={`button${change.to === 'CANCELLED' ? ' button--secondary' : ''}`} disabled={statusChange.loading} onClick={() => void changeStatus(change.to, change.action)}>
                  {change.action}
                </button>{' '}
                <span className="hint">{change.consequence}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">Progress reviews ({plan.reviews.length})</h2>
        {plan.status !== 'CANCELLED' && (
          <p>
            <Link className="button" to={`/care-plans/${plan.id}/review`}>
              Record a progress review
            </Link>
          </p>
        )}
        {plan.reviews.length === 0 ? (
          <p>No reviews yet.</p>
        ) : (
          <ul className="plain-list">
            {plan.reviews.map((review) => (
              <li key={review.id} className="card">
                <h3 className="card__title">Review of {formatDateTime(review.reviewedAt)}</h3>
                <p className="review-notes">{review.notes}</p>
                {review.copmPerformance != null && (
                  <p>
                    COPM performance {review.copmPerformance.toFixed(1)}, satisfaction {review.copmSatisfaction?.toFixed(1)}
                    {(review.copmPerformanceMeaningful || review.copmSatisfactionMeaningful) && <strong> (a change of 2 or more since the last rating)</strong>}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <TrendsSection measures={plan.trends.measures} />
      <GoalsSection plan={plan} onDone={announce} />
      <ActivitiesSection plan={plan} onDone={announce} />
      <section aria-labelledby="checkins-heading">
        <h2 id="checkins-heading">Check-ins</h2>
        {plan.questionnaires.length === 0 ? (
          <p>No PHQ-9 or GAD-7 answers yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">PHQ-9 and GAD-7 scores, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Questionnaire</th>
                  <th scope="col">Score</th>
                  <th scope="col">Band</th>
                </tr>
              </thead>
              <tbody>
                {[...plan.questionnaires]
                  .sort((a, b) => b.completedAt.localeCompare(a.completedAt))
                  .map((q) => (
                    <tr key={q.id}>
                      <td>{formatDateTime(q.completedAt)}</td>
                      <td>{label(QUESTIONNAIRE_KIND_LABELS, q.kind)}</td>
                      <td>{q.total}</td>
                      <td>{label(SEVERITY_BAND_LABELS, q.severity)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="flags-history-heading">
        <h2 id="flags-history-heading">Risk flags</h2>
        {flags.length === 0 ? (
          <p>None raised on this plan.</p>
        ) : (
          <ul className="plain-list">
            {flags.map((flag) => (
              <li key={flag.id}>
                {formatDateTime(flag.raisedAt)}: {flag.reason}{' '}
                {flag.acknowledgedAt ? (
                  <span>
                    — acknowledged {formatDateTime(flag.acknowledgedAt)}: “{flag.action}”
                  </span>
                ) : (
                  <strong>— open</strong>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}

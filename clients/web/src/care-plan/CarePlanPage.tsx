import { useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { Link } from 'react-router';
import { formatDate } from '../format/format';
import { CARE_PLAN_STATUS_LABELS, GOAL_ACHIEVEMENT_LABELS, GOAL_CATEGORY_LABELS, GOAL_STATUS_LABELS, label } from '../format/labels';
import type { MyCarePlansQuery } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { ActivityItem } from './ActivityItem';
import { MY_CARE_PLANS } from './operations';
import { ProgressChart } from './ProgressChart';
import { describeChange, QUESTIONNAIRES, SEVERITY_LABELS } from './questionnaires';

type Plan = MyCarePlansQuery['me']['carePlans'][number];

/** Plans in use first (active, then on hold), then drafts, then the finished ones. */
const ORDER = ['ACTIVE', 'ON_HOLD', 'DRAFT', 'COMPLETED', 'CANCELLED'];

export function CarePlanPage() {
  const { data, loading, error } = useQuery(MY_CARE_PLANS);
  const plans = [...(data?.me.carePlans ?? [])].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return (
    <Page title="My care plan">
      {loading && !data && <Loading>Loading your care plan…</Loading>}
      {error && !data && (
        <ErrorSummary title="Your care plan could not be loaded">
          <p>{describeError(error, 'load').message}</p>
        </ErrorSummary>
      )}
      {data && plans.length === 0 && <p>You do not have a care plan yet. Your therapist writes one with you after your first sessions.</p>}
      {plans.map((plan) => (
        <CarePlan key={plan.id} plan={plan} />
      ))}
    </Page>
  );
}

function CarePlan({ plan }: { plan: Plan }) {
  const inUse = plan.status === 'ACTIVE' || plan.status === 'ON_HOLD';
  const activities = plan.activities.filter((a) => a.active);
  const measures = plan.trends.measures.filter((m) => m.points.length > 0);
  const latest = plan.questionnaires[plan.questionnaires.length - 1];
  const previous = latest && plan.questionnaires.filter((q) => q.kind === latest.kind && q.id !== latest.id).at(-1);
  return (
    <section className="care-plan" aria-labelledby={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}`}>With {plan.therapist.displayName}</h2>
      <p>
        <span className="badge">{label(CARE_PLAN_STATUS_LABELS, plan.status)}</span> · started {formatDate(plan.startDate)}
        {inUse && ` · next review by ${formatDate(plan.nextReviewDue)}`}
      </p>
      <p>{plan.summary}</p>

      <h3>Goals</h3>
      <ul className="plain-list goals">
        {plan.goals.map((goal) => (
          <li key={goal.id} className="goal">
            <strong>{goal.description}</strong>
            <span className="goal__meta">
              {label(GOAL_CATEGORY_LABELS, goal.category)} · {label(GOAL_STATUS_LABELS, goal.status)} · {label(GOAL_ACHIEVEMENT_LABELS, goal.achievement)}
              {goal.targetDate && ` · aiming for ${formatDate(goal.targetDate)}`}
            </span>
          </li>
        ))}
      </ul>

      {activities.length > 0 && (
        <>
          <h3>Things to do between sessions</h3>
          {activities.map((activity) => (
            <ActivityItem key={activity.id} activity={activity} canLog={inUse} />
          ))}
        </>
      )}

      <h3>How you are doing</h3>
      {inUse && (
        <ul className="plain-list button-row">
          {(['PHQ9', 'GAD7'] as const).map((kind) => (
            <li key={kind}>
              <Link className="button button--secondary" to={`/care-plan/${plan.id}/check-in/${kind}`}>
                {QUESTIONNAIRES[kind].title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {latest && (
        <p>
          Your latest check-in: {QUESTIONNAIRES[latest.kind].title}, {formatDate(latest.completedAt)}: {latest.total} ({SEVERITY_LABELS[latest.severity] ?? latest.severity}).{' '}
          {describeChange(previous?.total, latest.total)}
        </p>
      )}
      {measures.length === 0 ? (
        <p>Your progress will show here after your first check-in or review.</p>
      ) : (
        <div className="charts">
          {measures.map((trend) => (
            <ProgressChart key={trend.measure} id={`chart-${plan.id}-${trend.measure}`} measure={trend.measure} points={trend.points} />
          ))}
        </div>
      )}
    </section>
  );
}

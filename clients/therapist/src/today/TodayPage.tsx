import { useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { Link } from 'react-router';
import { comingUpWindow, outcomeWindow, requestWindow, useScreenNow } from '../bookings/booking-windows';
import { WORKSPACE_BOOKINGS } from '../bookings/operations';
import { awaitingOutcome, comingUp, requests, type Session } from '../bookings/session-rules';
import { SessionCard } from '../bookings/SessionCard';
import { formatDate, formatDay } from '../format/format';
import { describeError } from '../graphql/errors';
import { useAnnouncer } from '../layout/announcer';
import { Page } from '../layout/Page';
import { TODAY_SCREEN } from './operations';
import { openFlag } from './open-flag';
import { RiskFlagCard } from './RiskFlagCard';

/**
 * The home screen, in the order a therapist must see things: open risk flags first (they cannot be
 * missed), then requests waiting for an answer, sessions to record, today's and upcoming sessions,
 * and care plans overdue for review.
 */
export function TodayPage() {
  const today = useQuery(TODAY_SCREEN);
  const opened = useScreenNow();
  // Each list asks the graph for its own slice (the same requests and outcomes as the Bookings screen).
  const waitingQuery = useQuery(WORKSPACE_BOOKINGS, { variables: requestWindow(opened) });
  const outcomesQuery = useQuery(WORKSPACE_BOOKINGS, { variables: outcomeWindow(opened) });
  const comingQuery = useQuery(WORKSPACE_BOOKINGS, { variables: comingUpWindow(opened) });
  const bookings = { data: waitingQuery.data && outcomesQuery.data && comingQuery.data, loading: waitingQuery.loading || outcomesQuery.loading || comingQuery.loading, error: waitingQuery.error ?? outcomesQuery.error ?? comingQuery.error };
  const { announce, announcement } = useAnnouncer();
  const now = new Date(opened);
  const sessionsOf = (result: typeof waitingQuery): Session[] => result.data?.me.therapistProfile?.bookings.edges.map((e) => e.node) ?? [];
  const flags = today.data?.myOpenRiskFlags.edges.map((e) => openFlag(e.node)) ?? [];
  const flagCount = today.data?.myOpenRiskFlags.totalCount ?? 0;
  const waiting = requests(sessionsOf(waitingQuery), now);
  const outcomes = awaitingOutcome(sessionsOf(outcomesQuery), now);
  const { today: todays, later } = comingUp(sessionsOf(comingQuery), now);
  const overdue = today.data?.overdueCarePlanReviews ?? [];
  const failed = (today.error && !today.data) || (bookings.error && !bookings.data);

  return (
    <Page title="Today" heading={`Today, ${formatDay(now.toISOString())}`}>
      {announcement}
      {failed && (
        <ErrorSummary>
          <p>{describeError(today.error ?? bookings.error, 'load').message}</p>
        </ErrorSummary>
      )}
      {(today.loading && !today.data) || (bookings.loading && !bookings.data) ? (
        <Loading />
      ) : today.data && !today.data.me.therapistProfile ? (
        <p>Welcome, {today.data.me.displayName}. You have no listing yet: write it so that clients can find and book you.</p>
      ) : (
        <>
          {flags.length > 0 && (
            <section className="risk-flags" aria-labelledby="flags-heading">
              <h2 id="flags-heading">
                Risk flags to act on ({flagCount})
              </h2>
              <p>A client answered the PHQ-9 question about thoughts of self-harm above “Not at all”. Contact them today, then record what you did.</p>
              {flags.map((flag) => (
                <RiskFlagCard key={flag.id} flag={flag} onDone={announce} />
              ))}
            </section>
          )}
          <section aria-labelledby="today-requests">
            <h2 id="today-requests">Requests to answer ({waiting.length})</h2>
            {waiting.length === 0 ? <p>No requests are waiting for you.</p> : waiting.map((s) => <SessionCard key={s.id} session={s} onDone={announce} />)}
          </section>
          {outcomes.length > 0 && (
            <section aria-labelledby="today-outcomes">
              <h2 id="today-outcomes">Sessions to record ({outcomes.length})</h2>
              {outcomes.map((s) => (
                <SessionCard key={s.id} session={s} onDone={announce} />
              ))}
            </section>
          )}
          <section aria-labelledby="today-sessions">
            <h2 id="today-sessions">Today’s sessions ({todays.length})</h2>
            {todays.length === 0 ? <p>No more sessions today.</p> : todays.map((s) => <SessionCard key={s.id} session={s} onDone={announce} />)}
          </section>
          <section aria-labelledby="upcoming-sessions">
            <h2 id="upcoming-sessions">Coming up</h2>
            {later.length === 0 ? (
              <p>Nothing booked after today.</p>
            ) : (
              later.slice(0, 5).map((s) => <SessionCard key={s.id} session={s} onDone={announce} />)
            )}
            {later.length > 5 && (
              <p>
                <Link to="/bookings">See all {later.length} upcoming sessions</Link>
              </p>
            )}
          </section>
          <section aria-labelledby="overdue-reviews">
            <h2 id="overdue-reviews">Reviews overdue ({overdue.length})</h2>
            {overdue.length === 0 ? (
              <p>Every active care plan is within its review date.</p>
            ) : (
              <ul className="plain-list">
                {overdue.map((plan) => (
                  <li key={plan.id}>
                    <Link to={`/care-plans/${plan.id}`}>{plan.client?.displayName ?? 'A former client'}’s care plan</Link> — review was due {formatDate(plan.nextReviewDue)}
                    {plan.lastReviewedOn ? ` (last reviewed ${formatDate(plan.lastReviewedOn)})` : ' (not yet reviewed)'}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { useState } from 'react';
import { formatDay } from '../format/format';
import { describeError } from '../graphql/errors';
import { useAnnouncer } from '../layout/announcer';
import { Page } from '../layout/Page';
import { outcomeWindow, requestWindow, useScreenNow, weekWindow } from './booking-windows';
import { WORKSPACE_BOOKINGS } from './operations';
import { agenda, awaitingOutcome, requests, weekDays, type Session } from './session-rules';
import { SessionCard } from './SessionCard';

/** A confirmed session still to come: the agenda is where it is moved or cancelled (requests and outcomes have their own sections). */
function upcoming(session: Session, now: Date): boolean {
  return session.status === 'CONFIRMED' && new Date(session.startsAt) > now;
}

/** Requests to confirm or decline, sessions that need an outcome, and a week's agenda (where a confirmed session is moved or cancelled). */
export function BookingsPage() {
  const opened = useScreenNow();
  const [week, setWeek] = useState(0);
  const now = new Date(opened);
  const days = weekDays(now, week);
  // Three slices, each asked of the graph: requests, sessions to record, and the week shown.
  const waitingQuery = useQuery(WORKSPACE_BOOKINGS, { variables: requestWindow(opened) });
  const outcomesQuery = useQuery(WORKSPACE_BOOKINGS, { variables: outcomeWindow(opened) });
  const weekQuery = useQuery(WORKSPACE_BOOKINGS, { variables: weekWindow(days) });
  const { announce, announcement } = useAnnouncer();
  const sessionsOf = (result: typeof weekQuery): Session[] => result.data?.me.therapistProfile?.bookings.edges.map((e) => e.node) ?? [];
  const waiting = requests(sessionsOf(waitingQuery), now);
  const outcomes = awaitingOutcome(sessionsOf(outcomesQuery), now);
  const weekSessions = sessionsOf(weekQuery);
  const data = waitingQuery.data && outcomesQuery.data ? waitingQuery.data : undefined;
  const loading = waitingQuery.loading || outcomesQuery.loading;
  const error = waitingQuery.error ?? outcomesQuery.error ?? weekQuery.error;

  return (
    <Page title="Bookings">
      {announcement}
      {error && !data && (
        <ErrorSummary>
          <p>{describeError(error, 'load').message}</p>
        </ErrorSummary>
      )}
      {loading && !data ? (
        <Loading />
      ) : !data?.me.therapistProfile ? (
        <p>You have no listing yet, so nobody can book you. Write your listing first.</p>
      ) : (
        <>
          <section aria-labelledby="requests-heading">
            <h2 id="requests-heading">Requests to answer ({waiting.length})</h2>
            {waiting.length === 0 ? <p>No requests are waiting for you.</p> : waiting.map((s) => <SessionCard key={s.id} session={s} onDone={announce} />)}
          </section>
          <section aria-labelledby="outcomes-heading">
            <h2 id="outcomes-heading">Sessions to record ({outcomes.length})</h2>
            {outcomes.length === 0 ? (
              <p>Every past session has its outcome recorded.</p>
            ) : (
              <>
                <p className="hint">Record whether each session took place; a progress review can then be added to the client’s care plan.</p>
                {outcomes.map((s) => (
                  <SessionCard key={s.id} session={s} onDone={announce} />
                ))}
              </>
            )}
          </section>
          <section aria-labelledby="agenda-heading">
            <h2 id="agenda-heading">
              Week of {formatDay(`${days[0]}T12:00:00Z`)}
            </h2>
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => setWeek((w) => w - 1)}>
                Previous week
              </button>
              {week !== 0 && (
                <button type="button" className="button button--secondary" onClick={() => setWeek(0)}>
                  This week
                </button>
              )}
              <button type="button" className="button button--secondary" onClick={() => setWeek((w) => w + 1)}>
                Next week
              </button>
            </div>
            {weekQuery.loading && !weekQuery.data ? <Loading /> : agenda(weekSessions, days).map(({ day, sessions: onDay }) => (
              <section key={day} aria-labelledby={`day-${day}`} className="agenda-day">
                <h3 id={`day-${day}`}>{formatDay(`${day}T12:00:00Z`)}</h3>
                {onDay.length === 0 ? <p className="hint">No sessions.</p> : onDay.map((s) => <SessionCard key={s.id} session={s} onDone={announce} headingLevel={4} readOnly={!upcoming(s, now)} />)}
              </section>
            ))}
          </section>
        </>
      )}
    </Page>
  );
}

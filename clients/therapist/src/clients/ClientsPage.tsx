import { useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../format/format';
import { CARE_PLAN_STATUS_LABELS, label } from '../format/labels';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { clientList } from './client-list';
import { WORKSPACE_CLIENT_PLANS, WORKSPACE_CLIENTS } from './operations';

/** The clients the therapist has a care relationship with, their next session and their care plans. */
export function ClientsPage() {
  const relationships = useQuery(WORKSPACE_CLIENTS);
  const plans = useQuery(WORKSPACE_CLIENT_PLANS);
  const error = (relationships.error && !relationships.data) || (plans.error && !plans.data) ? (relationships.error ?? plans.error) : undefined;
  const clients = clientList(relationships.data?.myClients.edges.map((e) => e.node) ?? [], plans.data?.me.therapistProfile?.carePlans ?? []);

  return (
    <Page title="Clients">
      <p className="lede">Everyone with a session booked with you, and their care plans.</p>
      {error && (
        <ErrorSummary>
          <p>{describeError(error, 'load').message}</p>
        </ErrorSummary>
      )}
      {(relationships.loading && !relationships.data) || (plans.loading && !plans.data) ? (
        <Loading />
      ) : clients.length === 0 ? (
        <p>You have no clients yet. Once someone books a session with you, they appear here.</p>
      ) : (
        <ul className="card-list">
          {clients.map((client) => (
            <li key={client.id} className="card">
              <h2 className="card__title">{client.displayName}</h2>
              <p>
                {client.nextSession ? `Next session: ${formatDateTime(client.nextSession.startsAt)}. ` : 'No session booked ahead. '}
                {client.completedSessions === 1 ? '1 session so far.' : `${client.completedSessions} sessions so far.`}
              </p>
              {client.plans.length > 0 && (
                <ul className="plain-list">
                  {client.plans.map((plan) => (
                    <li key={plan.id}>
                      <Link to={`/care-plans/${plan.id}`}>
                        Care plan from {formatDate(plan.startDate)}
                        <span className="visually-hidden"> for {client.displayName}</span>
                      </Link>{' '}
                      — {label(CARE_PLAN_STATUS_LABELS, plan.status)}
                      {plan.overdueForReview && <strong className="badge badge--requested"> — review overdue</strong>}
                    </li>
                  ))}
                </ul>
              )}
              <p>
                <Link to={`/care-plans/new?client=${encodeURIComponent(client.id)}`} className="button button--secondary">
                  Open a care plan<span className="visually-hidden"> for {client.displayName}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

import type { OwnListingFragment } from '../gql/graphql';
import { formatDateTime } from '../format/format';
import { ACTION_WORDS } from './listing-words';

/** Everything that happened to the listing, newest first, with who acted and their message. */
export function ModerationHistory({ listing, meId }: { listing: OwnListingFragment; meId: string }) {
  const history = [...(listing.privateDetails?.moderationHistory ?? [])].reverse();
  return (
    <section aria-labelledby="history-title" className="listing-section">
      <h2 id="history-title">History</h2>
      {history.length === 0 ? (
        <p>Nothing has happened yet.</p>
      ) : (
        <ol className="history">
          {history.map((event) => (
            <li key={event.id}>
              <strong>{ACTION_WORDS[event.action] ?? event.action}</strong>
              <span className="history__meta">
                {formatDateTime(event.occurredAt)}, by {event.actor.id === meId ? 'you' : event.actor.role === 'ADMIN' ? 'Caregraph' : 'someone else'}
              </span>
              {event.reason && <blockquote>{event.reason}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useMutation } from '@apollo/client/react';
import { TextAreaField } from '@caregraph/client-kit/fields';
import { ErrorSummary, Notice } from '@caregraph/client-kit/status';
import { useRef, useState } from 'react';
import type { OwnListingFragment } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { formatDateTime } from '../format/format';
import { latestAdminMessage, statusWords, isSubmittable } from './listing-words';
import { missingFieldLinks, missingFields, missingFieldsOf } from './missing-fields';
import { HIDE_LISTING, SUBMIT_LISTING, UNHIDE_LISTING } from './operations';
import { FieldLink } from './FieldLink';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

interface Props {
  listing: OwnListingFragment;
  reload: () => Promise<unknown>;
}

/** A list of fields to fill in, each a link to its box. */
function MissingList({ fields }: { fields: readonly string[] }) {
  return (
    <ul className="missing-list">
      {missingFieldLinks(fields).map(({ field, label }) => (
        <li key={field}>
          <FieldLink to={field}>{label}</FieldLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where the listing stands in moderation, the admin's latest message, and what the therapist can
 * do now: send it for review (with what is still missing listed first), hide or show it.
 */
export function ListingStatusPanel({ listing, reload }: Props) {
  const focusAfterRender = useFocusAfterRender();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ message: string; missing?: string[] }>();
  const [done, setDone] = useState<string>();
  const summary = useRef<HTMLDivElement>(null);
  const [submit, submitting] = useMutation(SUBMIT_LISTING);
  const [hide, hiding] = useMutation(HIDE_LISTING);
  const [unhide, unhiding] = useMutation(UNHIDE_LISTING);
  const busy = submitting.loading || hiding.loading || unhiding.loading;
  const words = statusWords(listing);
  const message = latestAdminMessage(listing);
  const missing = missingFields(listing);
  const variables = { id: listing.id, expectedVersion: listing.version };

  async function act(run: () => Promise<unknown>, success: string) {
    setProblem(undefined);
    setDone(undefined);
    try {
      await run();
      setDone(success);
    } catch (error) {
      const missingListed = missingFieldsOf(error);
      const friendly = describeError(error, 'save');
      if (friendly.code === 'CONFLICT') await reload().catch(() => undefined);
      setProblem(missingListed ? { message: 'Your listing cannot be sent for review yet. Nothing was sent. Fill in:', missing: missingListed } : { message: friendly.message });
      focusAfterRender(summary);
    }
  }

  return (
    <section aria-labelledby="listing-status-title" className="panel">
      <h2 id="listing-status-title">
        Status: <span className="status-badge">{words.title}</span>
      </h2>
      <p>{words.meaning}</p>
      {listing.privateDetails?.reviewRequestedAt && <p>Waiting for review since {formatDateTime(listing.privateDetails.reviewRequestedAt)}.</p>}
      {listing.publishedAt && <p>First published on {formatDateTime(listing.publishedAt)}.</p>}
      {message && (
        <div className="admin-message">
          <h3>Message from Caregraph, {formatDateTime(message.occurredAt)}</h3>
          <blockquote>{message.reason}</blockquote>
        </div>
      )}
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem.message}</p>
          {problem.missing && <MissingList fields={problem.missing} />}
        </ErrorSummary>
      )}
      {done && (
        <Notice>
          <p>{done}</p>
        </Notice>
      )}
      {isSubmittable(listing.status) && (
        <div>
          <h3>Send for review</h3>
          {missing.length > 0 ? (
            <>
              <p>Still needed before you can send your listing for review:</p>
              <MissingList fields={missing} />
            </>
          ) : (
            <p>Your listing is complete. An admin will check it and your HCPC registration on the HCPC register.</p>
          )}
          <TextAreaField id="submit-note" label="Note for the reviewer (optional)" hint="Up to 2,000 characters, e.g. what you changed since their message." rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-busy={submitting.loading}
            onClick={() => void act(() => submit({ variables: { ...variables, note: note.trim() || null } }), 'Sent for review. The admin’s decision will show here.')}
          >
            {submitting.loading ? 'Sending…' : 'Send for review'}
          </button>
        </div>
      )}
      {listing.status === 'APPROVED' && (
        <div className="button-row">
          {listing.privateDetails?.hidden ? (
            <button type="button" className="button" disabled={busy} onClick={() => void act(() => unhide({ variables }), 'Your listing is in the directory again.')}>
              Show my listing in the directory
            </button>
          ) : (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act(() => hide({ variables }), 'Your listing is hidden: clients cannot find you until you show it again.')}>
              Hide my listing from the directory
            </button>
          )}
        </div>
      )}
    </section>
  );
}

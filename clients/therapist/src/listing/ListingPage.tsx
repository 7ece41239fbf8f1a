import { useQuery } from '@apollo/client/react';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { EmailConfirmationNotice } from './EmailConfirmationNotice';
import { HcpcPanel } from './HcpcPanel';
import { ListingForm } from './ListingForm';
import { ListingStatusPanel } from './ListingStatusPanel';
import { ModerationHistory } from './ModerationHistory';
import { MY_LISTING } from './operations';
import { PendingChangesPanel } from './PendingChangesPanel';
import './listing.css';

/**
 * The therapist's listing: where it stands in moderation and what to do next first (a phone shows
 * the top of the page), then the HCPC check, changes waiting for review, every field, the history.
 */
export function ListingPage() {
  const { data, error, refetch } = useQuery(MY_LISTING);
  const me = data?.me;
  const listing = me?.therapistProfile ?? null;
  const reload = () => refetch();

  return (
    <Page title="Your listing">
      {!data && !error && <Loading>Loading your listing…</Loading>}
      {error && !data && (
        <ErrorSummary title="Your listing could not be loaded">
          <p>{describeError(error, 'load').message}</p>
          <button type="button" className="button button--secondary" onClick={() => void refetch()}>
            Try again
          </button>
        </ErrorSummary>
      )}
      {me && !me.emailVerified && <EmailConfirmationNotice />}
      {me && listing && (
        <>
          <ListingStatusPanel listing={listing} reload={reload} />
          <HcpcPanel listing={listing} />
          <PendingChangesPanel listing={listing} />
        </>
      )}
      {me && <ListingForm key={listing?.id ?? 'new'} listing={listing} accountName={me.displayName} reload={reload} />}
      {me && listing && <ModerationHistory listing={listing} meId={me.id} />}
    </Page>
  );
}

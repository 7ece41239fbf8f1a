import { useQuery } from '@apollo/client/react';
import { describeError } from '../graphql/errors';
import { useAnnouncer } from '../layout/announcer';
import { Page } from '../layout/Page';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { WORKSPACE_REFERRALS } from './operations';
import { ReferralCard } from './ReferralCard';
import { inboxSections, type Referral } from './referral-rules';

/** The referral inbox: referrals from GP practices, NHS teams and others (or GP letters), to accept or decline; those accepted; and those in care, to discharge. */
export function ReferralsPage() {
  const inbox = useQuery(WORKSPACE_REFERRALS);
  const { announce, announcement } = useAnnouncer();
  const referrals = (inbox.data?.referralInbox.edges.map((e) => e.node) ?? []) as Referral[];
  const { waiting, accepted, inCare } = inboxSections(referrals);

  return (
    <Page title="Referrals">
      {announcement}
      <p className="lede">People referred to you by GP practices, NHS teams, employers and councils. Accept one and the person can book a first session with you.</p>
      {inbox.error && !inbox.data && (
        <ErrorSummary>
          <p>{describeError(inbox.error, 'load').message}</p>
        </ErrorSummary>
      )}
      {inbox.loading && !inbox.data ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="referrals-waiting-heading">
            <h2 id="referrals-waiting-heading">Waiting for your decision ({waiting.length})</h2>
            {waiting.length === 0 ? <p>No referrals are waiting for you.</p> : waiting.map((r) => <ReferralCard key={r.id} referral={r} onDone={announce} />)}
          </section>
          <section aria-labelledby="referrals-accepted-heading">
            <h2 id="referrals-accepted-heading">Accepted, not booked yet ({accepted.length})</h2>
            {accepted.length === 0 ? <p>None at the moment.</p> : accepted.map((r) => <ReferralCard key={r.id} referral={r} onDone={announce} />)}
          </section>
          <section aria-labelledby="referrals-in-care-heading">
            <h2 id="referrals-in-care-heading">In your care ({inCare.length})</h2>
            {inCare.length === 0 ? <p>Nobody referred to you is in your care at the moment.</p> : inCare.map((r) => <ReferralCard key={r.id} referral={r} onDone={announce} />)}
          </section>
        </>
      )}
    </Page>
  );
}

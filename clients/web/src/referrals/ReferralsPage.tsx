import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../format/format';
import { label } from '../format/labels';
import type { MyReferralFragment } from '../gql/graphql';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { ErrorSummary, Loading, Notice } from '@caregraph/client-kit/status';
import { MY_REFERRALS, SHARE_DISCHARGE_SUMMARY } from './operations';
import { MY_REFERRAL_STATUS } from './referral-words';

/**
 * The person's discharge summary, and their choice: whether whoever referred them may read it. Nothing else of
 * the referral is ever shown to the referrer; the person can change their mind at any time.
 */
function DischargeSummary({ referral }: { referral: MyReferralFragment }) {
  const summary = referral.dischargeSummary!;
  const [share, { loading }] = useMutation(SHARE_DISCHARGE_SUMMARY);
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState<string>();
  const measure = (name: string, start: number | null | undefined, end: number | null | undefined) =>
    start != null || end != null ? (
      <div>
        <dt>{name}</dt>
        <dd>
          {start ?? '—'} at the start, {end ?? '—'} at the end
        </dd>
      </div>
    ) : null;

  async function choose(shared: boolean) {
    setProblem(undefined);
    try {
      await share({ variables: { referralId: referral.id, share: shared } });
      setDone(shared ? `${referral.referrerName} can now read this summary.` : `${referral.referrerName} can no longer read this summary.`);
    } catch (error) {
      setProblem(describeError(error, 'share').message);
    }
  }

  return (
    <section className="panel" aria-label={`Discharge summary from ${referral.therapist.displayName}`}>
      <h3>Your discharge summary</h3>
      <dl className="facts">
        {measure('PHQ-9 (mood)', summary.phq9AtStart, summary.phq9AtEnd)}
        {measure('GAD-7 (anxiety)', summary.gad7AtStart, summary.gad7AtEnd)}
        <div>
          <dt>Goals achieved</dt>
          <dd>{summary.goalsAchieved}</dd>
        </div>
        <div>
          <dt>Recommendations</dt>
          <dd>{summary.recommendations}</dd>
        </div>
      </dl>
      <h4>Sharing it with {referral.referrerName}</h4>
      <p>
        {summary.sharedWithReferrer
          ? `You are sharing this summary with ${referral.referrerName}. They read only this summary, nothing else from your care. You can stop at any time.`
          : `${referral.referrerName} knows your care has ended, but not what this summary says. It is your choice whether they read it: they would see the scores, the goals and the recommendations above, nothing else.`}
      </p>
      {problem && (
        <ErrorSummary>
          <p>{problem}</p>
        </ErrorSummary>
      )}
      {done && (
        <p role="status" className="confirmation">
          {done}
        </p>
      )}
      {summary.sharedWithReferrer ? (
        <button type="button" className="button button--secondary" disabled={loading} onClick={() => void choose(false)}>
          Stop sharing<span className="visually-hidden"> the summary with {referral.referrerName}</span>
        </button>
      ) : (
        <button type="button" className="button" disabled={loading} onClick={() => void choose(true)}>
          Share this summary with {referral.referrerName}
        </button>
      )}
    </section>
  );
}

/** "My referrals": who referred the person, to whom, where each stands, and the discharge summary with its sharing choice. */
export function ReferralsPage() {
  const mine = useQuery(MY_REFERRALS, { fetchPolicy: 'cache-and-network' });
  const referrals = mine.data?.myReferrals ?? [];
  return (
    <Page title="My referrals">
      <p className="lede">Referrals to a therapist made for you by your GP, an NHS team, your employer or your council, and GP letters you sent yourself.</p>
      {mine.error && !mine.data && (
        <ErrorSummary>
          <p>{describeError(mine.error, 'load').message}</p>
        </ErrorSummary>
      )}
      {mine.loading && !mine.data ? (
        <Loading />
      ) : referrals.length === 0 ? (
        <Notice>
          <p>You have no referrals. If your GP gave you a referral letter, open a therapist’s page from the search to send it to them.</p>
        </Notice>
      ) : (
        referrals.map((referral) => (
          <article key={referral.id} className="card" aria-labelledby={`referral-${referral.id}`}>
            <h2 id={`referral-${referral.id}`} className="card__title">
              To <Link to={`/therapists/${referral.therapist.id}`}>{referral.therapist.displayName}</Link>, from {referral.referrerName}
            </h2>
            <dl className="facts">
              <div>
                <dt>Where it stands</dt>
                <dd>{label(MY_REFERRAL_STATUS, referral.status)}</dd>
              </div>
              <div>
                <dt>Sent</dt>
                <dd>
                  {formatDate(referral.createdAt)}
                  {referral.origin === 'GP_LETTER' ? ' (a GP letter you entered)' : ''}
                </dd>
              </div>
              {referral.declineReason && (
                <div>
                  <dt>Why</dt>
                  <dd>{referral.declineReason}</dd>
                </div>
              )}
            </dl>
            {referral.status === 'ACCEPTED' && (
              <p>
                <Link to={`/therapists/${referral.therapist.id}?referral=${referral.id}`}>Book your first session with {referral.therapist.displayName}</Link>
              </p>
            )}
            {referral.status === 'DISCHARGED' && referral.dischargeSummary && <DischargeSummary referral={referral} />}
          </article>
        ))
      )}
    </Page>
  );
}

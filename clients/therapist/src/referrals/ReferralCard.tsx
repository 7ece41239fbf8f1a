import { useMutation } from '@apollo/client/react';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';
import { useId, useRef, useState, type FormEvent } from 'react';
import { formatDate, formatDateTime } from '../format/format';
import { CONDITION_LABELS, FUNDING_ROUTE_LABELS, label, REFERRAL_URGENCY_LABELS } from '../format/labels';
import { describeError } from '../graphql/errors';
import { TextAreaField } from '@caregraph/client-kit/fields';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { DischargeForm } from './DischargeForm';
import { ACCEPT_REFERRAL, DECLINE_REFERRAL, WORKSPACE_REFERRALS } from './operations';
import type { Referral } from './referral-rules';

/**
 * One referral with what the therapist can do with it: read who the person is and why they were referred,
 * then accept it (the person can book) or decline it with a reason the referrer reads; once booked, discharge
 * the person with a summary (DischargeForm). A refused action
 * changes nothing and says why.
 */
export function ReferralCard({ referral, onDone }: { referral: Referral; onDone: (message: string) => void }) {
  const id = useId();
  const focusAfterRender = useFocusAfterRender();
  const [declining, setDeclining] = useState(false);
  const [discharging, setDischarging] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ message: string; field?: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLDivElement>(null);
  const refetch = { refetchQueries: [WORKSPACE_REFERRALS], awaitRefetchQueries: false };
  const [accept, accepting] = useMutation(ACCEPT_REFERRAL, refetch);
  const [decline, declineState] = useMutation(DECLINE_REFERRAL, refetch);
  const busy = accepting.loading || declineState.loading;
  const who = `${referral.person.givenName} ${referral.person.familyName}`;

  async function run(action: () => Promise<unknown>, done: string) {
    setProblem(undefined);
    try {
      await action();
      setDeclining(false);
      setReason('');
      onDone(done);
    } catch (error) {
      const friendly = describeError(error, 'referral');
      setProblem({ message: friendly.message, field: friendly.field });
      focusAfterRender(summary);
    }
  }

  function openDecline() {
    setDeclining(true);
    setProblem(undefined);
    focusAfterRender(() => reasonRef.current?.querySelector('textarea'));
  }

  async function submitDecline(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) {
      setProblem({ message: 'Say why you are declining: the referrer reads it.', field: 'reason' });
      focusAfterRender(summary);
      return;
    }
    await run(() => decline({ variables: { input: { referralId: referral.id, reason: reason.trim() } } }), `You declined the referral for ${who}. The referrer can read your reason.`);
  }

  return (
    <article className="card referral" aria-labelledby={`${id}-title`}>
      <h3 className="card__title" id={`${id}-title`}>
        {who}, born {formatDate(referral.person.dateOfBirth)}
      </h3>
      <dl className="facts">
        <div>
          <dt>How soon</dt>
          <dd className={`badge badge--${referral.urgency.toLowerCase()}`}>{label(REFERRAL_URGENCY_LABELS, referral.urgency)}</dd>
        </div>
        <div>
          <dt>Referred by</dt>
          <dd>
            {referral.referrerName}
            {referral.origin === 'GP_LETTER' ? ' (a GP letter the person entered themselves)' : ''}
          </dd>
        </div>
        <div>
          <dt>Received</dt>
          <dd>{formatDateTime(referral.createdAt)}</dd>
        </div>
        <div>
          <dt>Funding</dt>
          <dd>{label(FUNDING_ROUTE_LABELS, referral.fundingRoute)}</dd>
        </div>
        <div>
          <dt>Seen for</dt>
          <dd>{referral.conditions.map((c) => label(CONDITION_LABELS, c)).join(', ') || 'Not said'}</dd>
        </div>
        <div>
          <dt>Contact</dt>
          <dd>
            {referral.person.email}
            {referral.person.phone ? `, ${referral.person.phone}` : ''}
          </dd>
        </div>
        <div className="facts__wide">
          <dt>Why they were referred</dt>
          <dd>{referral.reason}</dd>
        </div>
      </dl>
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem.message}</p>
        </ErrorSummary>
      )}
      {referral.status === 'BOOKED' ? (
        discharging ? (
          <DischargeForm referral={referral} onDone={onDone} onCancel={() => setDischarging(false)} />
        ) : (
          <div className="button-row">
            <p>{referral.person.givenName} is in your care under this referral. When care ends, write the discharge summary.</p>
            <button type="button" className="button button--secondary" onClick={() => setDischarging(true)}>
              Discharge…<span className="visually-hidden"> {who}</span>
            </button>
          </div>
        )
      ) : referral.status === 'ACCEPTED' ? (
        <p>You accepted this referral. {referral.person.givenName} can book a first session with you once they sign in with {referral.person.email}.</p>
      ) : declining ? (
        <form onSubmit={submitDecline} noValidate className="form">
          <p className="warning">The referrer is told you cannot take {who} on, with your reason: say nothing clinical they did not send you.</p>
          <div ref={reasonRef}>
            <TextAreaField
              id={`${id}-reason`}
              label="Why are you declining? (the referrer reads this)"
              value={reason}
              maxLength={500}
              rows={3}
              error={problem?.field === 'reason' ? problem.message : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--warning" disabled={busy}>
              Decline referral
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDeclining(false)}>
              Keep it
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => void run(() => accept({ variables: { referralId: referral.id } }), `You accepted the referral for ${who}. They can now book a first session with you.`)}>
            Accept<span className="visually-hidden"> the referral for {who}</span>
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={openDecline}>
            Decline…<span className="visually-hidden"> the referral for {who}</span>
          </button>
        </div>
      )}
    </article>
  );
}

import { useMutation } from '@apollo/client/react';
import { TextAreaField } from '@caregraph/client-kit/fields';
import { ErrorSummary } from '@caregraph/client-kit/status';
import { useId, useRef, useState, type FormEvent } from 'react';
import { formatMoney, formatSession } from '../format/format';
import { BOOKING_STATUS_LABELS, FORMAT_LABELS, label, REFERRAL_SOURCE_LABELS } from '../format/labels';
import { describeError, type Situation } from '../graphql/errors';
import { MoveSessionForm } from './MoveSessionForm';
import { CANCEL_SESSION, COMPLETE_SESSION, CONFIRM_SESSION, DECLINE_SESSION, MARK_SESSION_NO_SHOW, WORKSPACE_BOOKINGS } from './operations';
import { actionsFor, type Session } from './session-rules';
import { useFocusAfterRender } from '@caregraph/client-kit/focus';

type Reasoned = 'decline' | 'cancel';

const CONSEQUENCES: Record<Reasoned, string> = {
  decline: 'The client is told you cannot take this session, with your reason, and the time is free for others to book again.',
  cancel:
    'The client is told the session is off, with your reason, and the time is free for others to book again. It is recorded as cancelled by you, so the client is not charged a late cancellation.',
};

/**
 * One session with what the therapist can do with it now: confirm or decline a request (with a reason),
 * cancel before it starts (consequences stated first), and after it starts record that it took place
 * or that the client did not come. A refused action changes nothing and says why.
 */
export function SessionCard({
  session,
  onDone,
  headingLevel = 3,
  readOnly = false,
}: {
  session: Session;
  onDone: (message: string) => void;
  headingLevel?: 2 | 3 | 4;
  /** A summary only (the agenda): the actions are where the session waits for them. */
  readOnly?: boolean;
}) {
  const focusAfterRender = useFocusAfterRender();
  const id = useId();
  const [reasoned, setReasoned] = useState<Reasoned>();
  const [moving, setMoving] = useState(false);
  const moveRef = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ message: string; field?: string }>();
  const summary = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLDivElement>(null);
  const refetch = { refetchQueries: [WORKSPACE_BOOKINGS], awaitRefetchQueries: false };
  const [confirm, confirming] = useMutation(CONFIRM_SESSION, refetch);
  const [decline, declining] = useMutation(DECLINE_SESSION, refetch);
  const [cancel, cancelling] = useMutation(CANCEL_SESSION, refetch);
  const [complete, completing] = useMutation(COMPLETE_SESSION, refetch);
  const [noShow, markingNoShow] = useMutation(MARK_SESSION_NO_SHOW, refetch);
  const busy = confirming.loading || declining.loading || cancelling.loading || completing.loading || markingNoShow.loading;
  const who = session.client?.displayName ?? 'A former client';
  const when = formatSession(session.startsAt, session.endsAt);
  const Heading = `h${headingLevel}` as const;

  async function run(situation: Situation, action: () => Promise<unknown>, done: string) {
    setProblem(undefined);
    try {
      await action();
      setReasoned(undefined);
      setReason('');
      onDone(done);
    } catch (error) {
      const friendly = describeError(error, situation);
      setProblem({ message: friendly.message, field: friendly.field });
      focusAfterRender(summary);
    }
  }

  function openMove() {
    setMoving(true);
    setProblem(undefined);
    // The consequences first: they are what a screen reader reads before the choice of time.
    focusAfterRender(() => moveRef.current?.querySelector<HTMLElement>('.warning'));
  }

  function openReason(kind: Reasoned) {
    setMoving(false);
    setReasoned(kind);
    setProblem(undefined);
    focusAfterRender(() => reasonRef.current?.querySelector('textarea'));
  }

  async function submitReason(event: FormEvent) {
    event.preventDefault();
    if (!reasoned) return;
    if (!reason.trim()) {
      setProblem({ message: `Say why you are ${reasoned === 'decline' ? 'declining' : 'cancelling'}: the client reads it.`, field: 'reason' });
      focusAfterRender(summary);
      return;
    }
    if (reasoned === 'decline') await run('decline', () => decline({ variables: { id: session.id, reason: reason.trim() } }), `You declined ${who}’s request for ${when}.`);
    else await run('cancel', () => cancel({ variables: { id: session.id, reason: reason.trim() } }), `You cancelled the session with ${who} on ${when}.`);
  }

  const actions = readOnly ? [] : actionsFor(session);
  return (
    <article className="card session" aria-labelledby={`${id}-title`}>
      <Heading className="card__title" id={`${id}-title`}>
        {who} — {when}
      </Heading>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd className={`badge badge--${session.status.toLowerCase()}`}>{label(BOOKING_STATUS_LABELS, session.status)}</dd>
        </div>
        <div>
          <dt>Format</dt>
          <dd>{label(FORMAT_LABELS, session.format)}</dd>
        </div>
        {session.format === 'HOME_VISIT' && session.homeVisitPostcode && (
          <div>
            <dt>Visit postcode</dt>
            <dd>{session.homeVisitPostcode}</dd>
          </div>
        )}
        {session.videoRoomUrl && (
          <div>
            <dt>Video link</dt>
            <dd>
              <a href={session.videoRoomUrl} target="_blank" rel="noreferrer">
                Join the video session<span className="visually-hidden"> with {who}</span>
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>Referral</dt>
          <dd>{label(REFERRAL_SOURCE_LABELS, session.referralSource)}</dd>
        </div>
        {session.fee && (
          <div>
            <dt>Fee</dt>
            <dd>{formatMoney(session.fee.amountPence, session.fee.currency)}</dd>
          </div>
        )}
        {session.note && (
          <div className="facts__wide">
            <dt>The client’s note</dt>
            <dd>{session.note}</dd>
          </div>
        )}
        {session.cancellationReason && (
          <div className="facts__wide">
            <dt>Reason given</dt>
            <dd>{session.cancellationReason}</dd>
          </div>
        )}
      </dl>
      {problem && (
        <ErrorSummary ref={summary}>
          <p>{problem.message}</p>
        </ErrorSummary>
      )}
      {moving ? (
        <div ref={moveRef}>
          <MoveSessionForm
            session={session}
            who={who}
            onClose={() => setMoving(false)}
            onMoved={(message) => {
              setMoving(false);
              onDone(message);
            }}
          />
        </div>
      ) : reasoned ? (
        <form onSubmit={submitReason} noValidate className="form">
          <p className="warning">{CONSEQUENCES[reasoned]}</p>
          <div ref={reasonRef}>
            <TextAreaField
              id={`${id}-reason`}
              label={reasoned === 'decline' ? 'Why are you declining? (the client reads this)' : 'Why are you cancelling? (the client reads this)'}
              value={reason}
              maxLength={500}
              rows={3}
              error={problem?.field === 'reason' ? problem.message : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--warning" disabled={busy}>
              {reasoned === 'decline' ? 'Decline request' : 'Cancel session'}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setReasoned(undefined)}>
              Keep it
            </button>
          </div>
        </form>
      ) : (
        actions.length > 0 && (
          <div className="button-row">
            {actions.includes('confirm') && (
              <button type="button" className="button" disabled={busy} onClick={() => void run('confirm', () => confirm({ variables: { id: session.id } }), `You confirmed ${who}’s session on ${when}.`)}>
                Confirm<span className="visually-hidden"> {who}’s session on {when}</span>
              </button>
            )}
            {actions.includes('decline') && (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => openReason('decline')}>
                Decline…<span className="visually-hidden"> {who}’s request</span>
              </button>
            )}
            {actions.includes('complete') && (
              <button type="button" className="button" disabled={busy} onClick={() => void run('complete', () => complete({ variables: { id: session.id } }), `Recorded: the session with ${who} on ${when} took place.`)}>
                It took place<span className="visually-hidden">: {who}, {when}</span>
              </button>
            )}
            {actions.includes('noShow') && (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run('complete', () => noShow({ variables: { id: session.id } }), `Recorded: ${who} did not come on ${when}.`)}>
                Client did not come<span className="visually-hidden">: {who}, {when}</span>
              </button>
            )}
            {actions.includes('move') && (
              <button type="button" className="button button--secondary" disabled={busy} onClick={openMove}>
                Move…<span className="visually-hidden"> the session with {who}</span>
              </button>
            )}
            {actions.includes('cancel') && (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => openReason('cancel')}>
                Cancel…<span className="visually-hidden"> the session with {who}</span>
              </button>
            )}
          </div>
        )
      )}
    </article>
  );
}

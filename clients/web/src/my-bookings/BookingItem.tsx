import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatMoney, formatSession } from '../format/format';
import { BOOKING_STATUS_LABELS, FORMAT_LABELS, label } from '../format/labels';
import type { BookingSummaryFragment } from '../gql/graphql';
import { canReschedule, isUpcoming } from './booking-rules';
import { CancelPanel } from './CancelPanel';
import { ReschedulePanel } from './ReschedulePanel';

/** One session in "My bookings", with its cancel and move actions while it is still ahead. */
export function BookingItem({ booking, now, onMessage }: { booking: BookingSummaryFragment; now: number; onMessage: (message: string) => void }) {
  const [open, setOpen] = useState<'cancel' | 'move'>();
  const opener = useRef<HTMLButtonElement | null>(null);
  const upcoming = isUpcoming(booking, now);

  function close(message?: string) {
    setOpen(undefined);
    if (message) onMessage(message);
    // Back to the button that opened the panel (or the list's heading when it is gone).
    requestAnimationFrame(() => (opener.current?.isConnected ? opener.current.focus() : document.getElementById('bookings-heading')?.focus()));
  }

  const openWith = (which: 'cancel' | 'move') => (event: { currentTarget: HTMLButtonElement }) => {
    opener.current = event.currentTarget;
    setOpen(which);
  };

  return (
    <article className="card booking" aria-labelledby={`booking-${booking.id}`}>
      <h3 id={`booking-${booking.id}`} className="card__title">
        {formatSession(booking.startsAt, booking.endsAt)}
      </h3>
      <dl className="facts">
        <div>
          <dt>Therapist</dt>
          <dd>
            <Link to={`/therapists/${booking.therapist.id}`}>{booking.therapist.displayName}</Link>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <span className={`badge badge--${booking.status.toLowerCase()}`}>{label(BOOKING_STATUS_LABELS, booking.status)}</span>
            {booking.lateCancellation && ' (late cancellation)'}
          </dd>
        </div>
        <div>
          <dt>How</dt>
          <dd>
            {label(FORMAT_LABELS, booking.format)}
            {booking.homeVisitPostcode && ` at ${booking.homeVisitPostcode}`}
          </dd>
        </div>
        {booking.fee && (
          <div>
            <dt>Fee</dt>
            <dd>{formatMoney(booking.fee.amountPence, booking.fee.currency)}</dd>
          </div>
        )}
        {upcoming && booking.videoRoomUrl && (
          <div>
            <dt>Video room</dt>
            <dd>
              <a href={booking.videoRoomUrl} target="_blank" rel="noreferrer">
                Join the video session (opens in a new tab)
              </a>
            </dd>
          </div>
        )}
      </dl>
      {upcoming && !open && (
        <div className="button-row">
          {canReschedule(booking, now) && (
            <button type="button" className="button button--secondary" onClick={openWith('move')}>
              Move<span className="visually-hidden"> this session</span>
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={openWith('cancel')}>
            Cancel<span className="visually-hidden"> this session</span>
          </button>
        </div>
      )}
      {open === 'cancel' && <CancelPanel booking={booking} onDone={close} />}
      {open === 'move' && <ReschedulePanel booking={booking} onDone={close} />}
    </article>
  );
}

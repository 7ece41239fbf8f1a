import { useEffect, useState } from 'react';
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
  const [returnFocus, setReturnFocus] = useState<'cancel' | 'move'>();
  const upcoming = isUpcoming(booking, now);

  // Once the panel has closed: back to the button that opened it, or to the booking itself when it
  // no longer offers that step (a cancelled session has moved to the past list) (WCAG 2.4.3).
  useEffect(() => {
    if (!returnFocus) return;
    (document.getElementById(`${returnFocus}-${booking.id}`) ?? document.getElementById(`booking-${booking.id}`))?.focus();
    setReturnFocus(undefined);
  }, [returnFocus, booking.id]);

  function close(message?: string) {
    setReturnFocus(open);
    setOpen(undefined);
    if (message) onMessage(message);
  }

  return (
    <article className="card booking" aria-labelledby={`booking-${booking.id}`}>
      <h3 id={`booking-${booking.id}`} className="card__title" tabIndex={-1}>
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
            <button type="button" id={`move-${booking.id}`} className="button button--secondary" onClick={() => setOpen('move')}>
              Move<span className="visually-hidden"> this session</span>
            </button>
          )}
          <button type="button" id={`cancel-${booking.id}`} className="button button--secondary" onClick={() => setOpen('cancel')}>
            Cancel<span className="visually-hidden"> this session</span>
          </button>
        </div>
      )}
      {open === 'cancel' && <CancelPanel booking={booking} onDone={close} />}
      {open === 'move' && <ReschedulePanel booking={booking} onDone={close} />}
    </article>
  );
}

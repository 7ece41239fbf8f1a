import { Link } from 'react-router';
import { CONDITION_LABELS } from '@caregraph/client-kit/labels';
import { formatDistance, formatMoney, formatShortDay, formatTime } from '../format/format';
import { FORMAT_LABELS, label } from '../format/labels';
import type { TherapistCardFragment } from '../gql/graphql';
import { profilePath } from '../therapist/profile-path';

/** One search result: who, where, how far, what it costs and when they are next free. */
export function TherapistCard({ therapist, distanceKm }: { therapist: TherapistCardFragment; distanceKm: number | null }) {
  const slot = therapist.nextAvailableSlot;
  return (
    <article className="card" aria-labelledby={`therapist-${therapist.id}`}>
      <h2 id={`therapist-${therapist.id}`} className="card__title">
        <Link to={profilePath(therapist)}>{therapist.displayName}</Link>
      </h2>
      {therapist.headline && <p className="card__headline">{therapist.headline}</p>}
      <dl className="facts">
        <div>
          <dt>Where</dt>
          <dd>
            {[therapist.city, therapist.outwardCode].filter(Boolean).join(', ') || 'Not given'}
            {distanceKm != null && ` (${formatDistance(distanceKm)})`}
          </dd>
        </div>
        <div>
          <dt>Fee per session</dt>
          <dd>{therapist.fee ? formatMoney(therapist.fee.amountPence, therapist.fee.currency) : 'Not set yet'}</dd>
        </div>
        <div>
          <dt>Sessions</dt>
          <dd>{therapist.sessionFormats.map((f) => label(FORMAT_LABELS, f)).join(', ')}</dd>
        </div>
        <div>
          <dt>Next free time</dt>
          <dd>{slot ? `${formatShortDay(slot.startsAt)} at ${formatTime(slot.startsAt)}` : 'No free times at the moment'}</dd>
        </div>
        <div>
          <dt>Helps with</dt>
          <dd>{therapist.conditions.map((c) => label(CONDITION_LABELS, c)).join(', ')}</dd>
        </div>
      </dl>
    </article>
  );
}

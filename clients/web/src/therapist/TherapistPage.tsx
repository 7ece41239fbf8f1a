import { useQuery } from '@apollo/client/react';
import { useSession } from '@caregraph/client-kit/session-context';
import { ErrorSummary, Loading } from '@caregraph/client-kit/status';
import { Link, useParams, useSearchParams } from 'react-router';
import { CONDITION_LABELS, LANGUAGE_LABELS } from '@caregraph/client-kit/labels';
import { BookingForm } from '../booking/BookingForm';
import { CancellationPolicyNote } from '../booking/CancellationPolicyNote';
import { formatDate, formatMoney, formatShortDay, formatTime } from '../format/format';
import { FORMAT_LABELS, FUNDING_LABELS, label } from '../format/labels';
import { describeError } from '../graphql/errors';
import { Page } from '../layout/Page';
import { THERAPIST_PROFILE } from './operations';
import { listingStructuredData } from './listing-structured-data';
import { jsonInScript } from '../server/page-document';
import { profilePath } from './profile-path';
import { useResponseStatus, useSiteOrigin } from '../server/render-context';
import { WaitlistForm } from '../waitlist/WaitlistForm';
import { GpLetterForm } from '../referrals/GpLetterForm';

const list = (values: readonly string[], labels: Record<string, string>) => values.map((v) => label(labels, v)).join(', ');

/** What a search engine shows under the profile's title: who, where, what they help with. */
function profileDescription(therapist: { displayName: string; city: string | null; conditions: readonly string[] }): string {
  const where = therapist.city ? ` in ${therapist.city}` : '';
  const helps = therapist.conditions.length ? ` Helps with ${list(therapist.conditions, CONDITION_LABELS).toLowerCase()}.` : '';
  return `${therapist.displayName}, HCPC-registered occupational therapist${where}.${helps} See free times and book a session at home or online.`;
}

/** A listing that is not public (hidden, suspended, not approved) or never was: nothing of it, and a 404. */
function TherapistNotFound() {
  useResponseStatus(404);
  return (
    <Page title="Therapist not found">
      <p>This therapist is not in the directory. They may have stopped taking clients.</p>
      <p>
        <Link to="/">Find another therapist</Link>
      </p>
    </Page>
  );
}

/** A listing's id: a UUID. */
const LISTING_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The graph could not be asked (or failed): say so; rendered on the server, the answer is 503. */
function ProfileNotLoaded({ error }: { error: unknown }) {
  useResponseStatus(503);
  return (
    <Page title="Therapist">
      <ErrorSummary title="The profile could not be loaded">
        <p>{describeError(error, 'load').message}</p>
      </ErrorSummary>
    </Page>
  );
}

/** A therapist's public profile, their free times and the booking form. */
export function TherapistPage() {
  const { id = '' } = useParams();
  // Opened from "My referrals": the first session is booked from that referral.
  const [search] = useSearchParams();
  const referralId = search.get('referral');
  const { session } = useSession();
  const origin = useSiteOrigin();
  // An address whose id is not a listing's id shape is no listing: not found, without asking the graph.
  const wellFormed = LISTING_ID.test(id);
  const { data, loading, error } = useQuery(THERAPIST_PROFILE, { variables: { id }, skip: !wellFormed });
  const therapist = data?.therapist;

  if (!wellFormed) return <TherapistNotFound />;
  if (loading && !therapist) return <Page title="Therapist"><Loading>Loading the therapist’s profile…</Loading></Page>;
  if (error && !therapist) return <ProfileNotLoaded error={error} />;
  // Hidden and suspended listings still answer by id (bookings point at them), but they are out of the
  // directory: their page says so, as for an address that never was one.
  if (!therapist || !therapist.listed) return <TherapistNotFound />;

  const verification = therapist.hcpcVerification;
  const slot = therapist.nextAvailableSlot;
  const canonicalPath = profilePath(therapist);
  return (
    <Page title={therapist.displayName} description={profileDescription(therapist)} canonicalPath={canonicalPath}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonInScript(listingStructuredData(therapist, `${origin}${canonicalPath}`)) }} />
      {therapist.headline && <p className="lede">{therapist.headline}</p>}
      <dl className="facts facts--profile">
        <div>
          <dt>Fee per session</dt>
          <dd>{therapist.fee ? `${formatMoney(therapist.fee.amountPence, therapist.fee.currency)}${therapist.sessionMinutes ? ` for ${therapist.sessionMinutes} minutes` : ''}` : 'Not set yet'}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {[therapist.city, therapist.outwardCode].filter(Boolean).join(', ') || 'Not given'}
            {therapist.travelRadiusKm ? ` (home visits up to ${therapist.travelRadiusKm} km)` : ''}
          </dd>
        </div>
        <div>
          <dt>Sessions</dt>
          <dd>{list(therapist.sessionFormats, FORMAT_LABELS)}</dd>
        </div>
        <div>
          <dt>Next free time</dt>
          <dd>{slot ? `${formatShortDay(slot.startsAt)} at ${formatTime(slot.startsAt)}` : 'No free times at the moment'}</dd>
        </div>
        <div>
          <dt>Helps with</dt>
          <dd>{list(therapist.conditions, CONDITION_LABELS)}</dd>
        </div>
        <div>
          <dt>Languages</dt>
          <dd>{list(therapist.languages, LANGUAGE_LABELS)}</dd>
        </div>
        <div>
          <dt>Paying</dt>
          <dd>{list(therapist.fundingOptions, FUNDING_LABELS) || 'Ask the therapist'}</dd>
        </div>
        <div>
          <dt>HCPC registration</dt>
          <dd>
            {therapist.hcpcNumber}
            {verification.status === 'VERIFIED'
              ? ` — checked on the HCPC register${verification.registerExpiresOn ? `, valid until ${formatDate(verification.registerExpiresOn)}` : ''}`
              : verification.status === 'LAPSED'
                ? ' — registration has lapsed'
                : ' — not yet checked by Caregraph'}
          </dd>
        </div>
        {therapist.yearsOfExperience != null && (
          <div>
            <dt>Experience</dt>
            <dd>{therapist.yearsOfExperience === 1 ? '1 year' : `${therapist.yearsOfExperience} years`}</dd>
          </div>
        )}
      </dl>
      {therapist.biography && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">About {therapist.displayName}</h2>
          {therapist.biography.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      )}
      <section aria-labelledby="book-heading">
        <h2 id="book-heading">Book a session</h2>
        {therapist.fee ? (
          <>
            <CancellationPolicyNote policy={therapist.cancellationPolicy} />
            {referralId && <p className="notice">You are booking your first session from your referral.</p>}
            <BookingForm therapistId={therapist.id} therapistName={therapist.displayName} formats={therapist.sessionFormats} referralId={referralId} />
            {session?.user.role === 'CLIENT' && <WaitlistForm therapistId={therapist.id} therapistName={therapist.displayName} formats={therapist.sessionFormats} />}
            {session?.user.role === 'CLIENT' && !referralId && <GpLetterForm therapistId={therapist.id} therapistName={therapist.displayName} />}
          </>
        ) : (
          <p>{therapist.displayName} is not taking bookings at the moment.</p>
        )}
      </section>
    </Page>
  );
}

import type { OwnListingFragment } from '../gql/graphql';
import { formatDate, formatDateTime } from '../format/format';
import { daysUntil } from './listing-words';

/** Within this many days of the register's expiry date, the therapist is reminded to renew. */
const RENEWAL_REMINDER_DAYS = 60;

/** The HCPC number, whether an admin has found it on the register, and until when it is valid. */
export function HcpcPanel({ listing }: { listing: OwnListingFragment }) {
  const { status, verifiedAt, registerExpiresOn } = listing.hcpcVerification;
  const proposed = listing.privateDetails?.pendingChanges?.hcpcNumber;
  const notes = listing.privateDetails?.hcpcVerificationNotes;
  const left = registerExpiresOn ? daysUntil(registerExpiresOn) : undefined;
  return (
    <section aria-labelledby="hcpc-title" className="listing-section">
      <h2 id="hcpc-title">HCPC registration</h2>
      <dl className="facts">
        <div>
          <dt>Number</dt>
          <dd>{listing.hcpcNumber}</dd>
        </div>
        {proposed && proposed !== listing.hcpcNumber && (
          <div>
            <dt>New number, waiting for review</dt>
            <dd>{proposed}</dd>
          </div>
        )}
        <div>
          <dt>Check</dt>
          <dd>
            {status === 'VERIFIED' && `Verified on the HCPC register${verifiedAt ? ` on ${formatDateTime(verifiedAt)}` : ''}`}
            {status === 'UNVERIFIED' && 'Not checked yet: an admin looks it up on the HCPC register before your listing is published'}
            {status === 'LAPSED' && 'Lapsed: the registration is no longer valid'}
          </dd>
        </div>
        {registerExpiresOn && (
          <div>
            <dt>Registration valid until</dt>
            <dd>{formatDate(registerExpiresOn)}</dd>
          </div>
        )}
      </dl>
      {status === 'VERIFIED' && left !== undefined && left <= RENEWAL_REMINDER_DAYS && (
        <p className="warning">Your registration is due for renewal in {left === 1 ? '1 day' : `${left} days`}. Renew it with the HCPC so that your listing stays published.</p>
      )}
      {status === 'LAPSED' && <p className="warning">Renew your registration with the HCPC, then contact Caregraph support so that an admin can check it again.</p>}
      {notes && (
        <p>
          <strong>Notes from the check:</strong> {notes}
        </p>
      )}
    </section>
  );
}

import { Link, Stack, Typography } from '@mui/material';
import { Show, useRecordContext } from 'react-admin';
import { CONDITION_LABELS } from '@caregraph/client-kit/labels';
import { formatDate, formatDateTime, formatPence } from '../format/format';
import { Facts, Section } from '../layout/detail';
import type { ListingDetailFragment } from '../gql/graphql';
import { labelList } from '../format/choices';
import { HCPC_VERIFICATION_LABELS } from '../format/hcpc-verification';
import { LISTING_STATUS_LABELS } from '../format/listing-status';
import { SESSION_FORMAT_LABELS } from '../format/session-format';
import { ModerationButtons } from './ModerationButtons';
import { ModerationHistory } from './ModerationHistory';
import { PendingChanges } from './PendingChanges';

const enumText = (values: readonly string[] | null | undefined) => (values ?? []).map((v) => v.charAt(0) + v.slice(1).toLowerCase().replace(/_/g, ' ')).join(', ');

function ListingDetail() {
  const listing = useRecordContext<ListingDetailFragment>();
  if (!listing) return null;
  const details = listing.privateDetails;
  const verification = listing.hcpcVerification;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" useFlexGap spacing={1} sx={{ justifyContent: "space-between", alignItems: "center", flexWrap: "wrap" }}>
        <Typography variant="h5" component="h1">
          {listing.displayName} — {LISTING_STATUS_LABELS[listing.status]}
        </Typography>
        <ModerationButtons />
      </Stack>
      <Section title="HCPC registration">
        <Facts
          items={[
            [
              'HCPC number',
              <>
                {listing.hcpcNumber}{' '}
                <Link href={HCPC_REGISTER_URL} target="_blank" rel="noopener noreferrer">
                  Check {listing.hcpcNumber} on the HCPC register (opens in a new tab)
                </Link>
              </>,
            ],
            ['Check', HCPC_VERIFICATION_LABELS[verification.status]],
            ['Verified on', formatDateTime(verification.verifiedAt)],
            ['Verified by', details?.hcpcVerifiedBy?.displayName],
            ['Register expiry date', formatDate(verification.registerExpiresOn)],
            ['Notes', details?.hcpcVerificationNotes],
          ]}
        />
      </Section>
      <Section title="Pending changes">
        <PendingChanges listing={listing} />
      </Section>
      <Section title="Listing">
        <Facts
          items={[
            ['Headline', listing.headline],
            ['About', listing.biography],
            ['Conditions', labelList(listing.conditions, CONDITION_LABELS)],
            ['Session formats', labelList(listing.sessionFormats, SESSION_FORMAT_LABELS)],
            ['Approaches', enumText(listing.approaches)],
            ['Languages', enumText(listing.languages)],
            ['Funding', enumText(listing.fundingOptions)],
            ['Fee per session', formatPence(listing.fee?.amountPence)],
            ['Session length', listing.sessionMinutes ? `${listing.sessionMinutes} minutes` : ''],
            ['Years of experience', listing.yearsOfExperience ?? ''],
            ['Gender', enumText(listing.gender ? [listing.gender] : [])],
            ['Town or city', listing.city],
            ['Postcode (private)', details?.postcode],
            ['Travels up to', listing.travelRadiusKm ? `${listing.travelRadiusKm} km` : ''],
            ['In the directory', listing.listed ? 'Yes' : details?.hidden ? 'No: hidden by the therapist' : 'No'],
            ['Therapist account', `${listing.user.displayName}${listing.user.email ? ` <${listing.user.email}>` : ''}`],
            ['Created', formatDateTime(listing.createdAt)],
            ['Published', formatDateTime(listing.publishedAt)],
            ['Waiting for review since', formatDateTime(details?.reviewRequestedAt)],
          ]}
        />
      </Section>
      <Section title="Moderation history">
        <ModerationHistory listing={listing} />
      </Section>
    </Stack>
  );
}

/** The HCPC register's search page (the register has no deep link per registrant). */
const HCPC_REGISTER_URL = 'https://www.hcpc-uk.org/check-the-register/';

/** One listing, whole, with the moderation steps that apply to it. */
export function TherapistShow() {
  return (
    <Show title="Listing" actions={false}>
      <ListingDetail />
    </Show>
  );
}

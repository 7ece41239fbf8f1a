import { HcpcVerificationStatus } from '../therapists/hcpc-verification-status';
import { CHECKED_FIELDS, sameValue, type PendingChanges } from '../therapists/pending-changes';
import type { Therapist } from '../therapists/therapist.entity';
import type { UpdateTherapistListingInput } from './update-listing.input';

/** The checked fields an update gives (null lists count as empty; null name or number never get here: validation refuses them). */
export function checkedValuesOf(input: UpdateTherapistListingInput): PendingChanges {
  const values: PendingChanges = {};
  if (input.displayName != null) values.displayName = input.displayName.trim();
  if (input.hcpcNumber != null) values.hcpcNumber = input.hcpcNumber;
  if (input.conditions !== undefined) values.conditions = input.conditions ?? [];
  if (input.sessionFormats !== undefined) values.sessionFormats = input.sessionFormats ?? [];
  return values;
}

/**
 * Makes checked values live: on an unpublished listing as it is edited, on a published one when
 * an admin approves the pending changes. A new HCPC number needs a new check, so its
 * verification starts again (the caller may verify it at once).
 */
export function applyCheckedValues(listing: Therapist, values: PendingChanges): void {
  if (values.hcpcNumber !== undefined && values.hcpcNumber !== listing.hcpcNumber) {
    listing.hcpcNumber = values.hcpcNumber;
    listing.hcpcVerificationStatus = HcpcVerificationStatus.UNVERIFIED;
    listing.hcpcVerifiedBy = null;
    listing.hcpcVerifiedAt = null;
    listing.hcpcRegisterExpiresOn = null;
  }
  if (values.displayName !== undefined) listing.displayName = values.displayName;
  if (values.conditions !== undefined) listing.conditions = values.conditions;
  if (values.sessionFormats !== undefined) listing.sessionFormats = values.sessionFormats;
}

/**
 * Merges proposed checked values into a published listing's pending changes: a value equal to
 * the live one drops out, so editing a field back withdraws its change. The listing joins the
 * moderation queue when changes start waiting and leaves it when none are left.
 * @returns true when the pending changes differ from before.
 */
export function proposeCheckedValues(listing: Therapist, values: PendingChanges, now: Date): boolean {
  const before = listing.pendingChanges ?? {};
  const pending: PendingChanges = { ...before };
  for (const field of CHECKED_FIELDS) {
    if (values[field] === undefined) continue;
    if (sameValue(values[field], listing[field])) delete pending[field];
    else Object.assign(pending, { [field]: values[field] });
  }
  const changed = CHECKED_FIELDS.some((field) => !sameValue(before[field], pending[field]));
  if (!changed) return false;
  const waiting = Object.keys(pending).length > 0;
  listing.pendingChanges = waiting ? pending : null;
  listing.reviewRequestedAt = waiting ? (listing.reviewRequestedAt ?? now) : null;
  return true;
}

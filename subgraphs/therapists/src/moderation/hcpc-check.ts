import { UserInputError } from '@caregraph/kernel';
import { effectiveHcpcStatus, todayInLondon } from '../therapists/hcpc-verification.type';
import { HcpcVerificationStatus } from '../therapists/hcpc-verification-status';
import type { Therapist } from '../therapists/therapist.entity';

/** Records an admin's finding that the listing's HCPC number is on the register until `registerExpiresOn`. */
export function markHcpcVerified(listing: Therapist, adminId: string, registerExpiresOn: string, now: Date, notes?: string | null): void {
  if (registerExpiresOn < todayInLondon(now)) {
    throw new UserInputError('registerExpiresOn', 'registerExpiresOn is in the past: that registration has lapsed. Use markTherapistHcpcLapsed instead.');
  }
  listing.hcpcVerificationStatus = HcpcVerificationStatus.VERIFIED;
  listing.hcpcVerifiedBy = adminId;
  listing.hcpcVerifiedAt = now;
  listing.hcpcRegisterExpiresOn = registerExpiresOn;
  if (notes !== undefined && notes !== null) listing.hcpcVerificationNotes = notes.trim() || null;
}

/**
 * Makes sure the HCPC registration is verified before publishing: verifies it now when the admin
 * gives the register expiry date, otherwise it must already be VERIFIED and current.
 * @returns true when it was verified now (the caller records it).
 */
export function ensureHcpcVerified(listing: Therapist, adminId: string, registerExpiresOn: string | null | undefined, now: Date): boolean {
  if (registerExpiresOn) {
    markHcpcVerified(listing, adminId, registerExpiresOn, now);
    return true;
  }
  const status = effectiveHcpcStatus(listing, todayInLondon(now));
  if (status !== HcpcVerificationStatus.VERIFIED) {
    throw new UserInputError(
      'hcpcRegisterExpiresOn',
      `The HCPC registration ${listing.hcpcNumber} is ${status}: check it on the HCPC register and give its expiry date as hcpcRegisterExpiresOn.`,
    );
  }
  return false;
}

import { createHash } from 'node:crypto';
import type { SubmitReferralInput } from './referral.input';

/** What makes two submissions the same request: every field, normalised as stored. */
export function referralFingerprint(input: SubmitReferralInput): string {
  const { person } = input;
  const canonical = [
    input.therapistId, person.givenName.trim(), person.familyName.trim(), person.dateOfBirth, person.email.trim().toLowerCase(), person.phone?.trim() ?? '',
    input.reason.trim(), [...input.conditions].sort().join(','), input.urgency, input.fundingRoute, input.referrerName.trim(), String(input.personConsented),
  ];
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

import { Check } from '@mikro-orm/core';
import { POSTCODE_PATTERN } from '../location/postcode';
import { Approach } from './approach';
import { Condition, SessionFormat } from '@caregraph/vocabulary';
import { FundingOption } from './funding-option';
import { Language } from './language';

/** SQL `array['A', 'B']::text[]` of an enum's values, for "every element is known" checks. */
const knownValues = (values: Record<string, string>) => `array[${Object.values(values).map((v) => `'${v}'`).join(', ')}]::text[]`;

/** A JS regular expression's source as a PostgreSQL string literal (both use POSIX-compatible syntax here). */
const sqlPattern = (pattern: RegExp) => `'${pattern.source}'`;

/**
 * The rules the database holds on a listing, whatever code writes it (docs/architecture.md#database).
 * Input validation gives the friendly errors; these are the last line.
 */
const CHECKS: Array<{ name: string; expression: string }> = [
  { name: 'therapists_hcpc_number_format', expression: `hcpc_number ~ '^OT[0-9]{1,6}$'` },
  { name: 'therapists_outward_code_format', expression: `outward_code ~ '^[A-Z]{1,2}[0-9][0-9A-Z]?$'` },
  // The stored postcode is normalised, and the public outward code is always its first half.
  { name: 'therapists_postcode_format', expression: `postcode is null or (postcode ~ ${sqlPattern(POSTCODE_PATTERN)} and outward_code = split_part(postcode, ' ', 1))` },
  // `<@` is false for a NULL element too, so these also keep NULLs out of the arrays.
  { name: 'therapists_conditions_known', expression: `conditions <@ ${knownValues(Condition)}` },
  { name: 'therapists_session_formats_known', expression: `session_formats <@ ${knownValues(SessionFormat)}` },
  { name: 'therapists_approaches_known', expression: `approaches <@ ${knownValues(Approach)}` },
  { name: 'therapists_funding_options_known', expression: `funding_options <@ ${knownValues(FundingOption)}` },
  { name: 'therapists_languages_known', expression: `languages <@ ${knownValues(Language)}` },
  { name: 'therapists_fee_pence_range', expression: 'fee_pence between 0 and 100000' },
  { name: 'therapists_session_minutes_range', expression: 'session_minutes between 15 and 240' },
  { name: 'therapists_travel_radius_km_range', expression: 'travel_radius_km between 1 and 100' },
  { name: 'therapists_years_of_experience_range', expression: 'years_of_experience between 0 and 60' },
  // Both coordinates or neither, and inside the British Isles (Channel Islands to Shetland).
  {
    name: 'therapists_location_range',
    expression: '(latitude is null) = (longitude is null) and latitude between 49 and 61 and longitude between -9 and 2',
  },
  {
    name: 'therapists_hcpc_verified_complete',
    expression: "hcpc_verification_status <> 'VERIFIED' or (hcpc_verified_by is not null and hcpc_verified_at is not null and hcpc_register_expires_on is not null)",
  },
  { name: 'therapists_published_at', expression: "status not in ('APPROVED', 'SUSPENDED') or published_at is not null" },
  // Pending changes exist only on published listings, and whatever waits for review has a place in the queue.
  { name: 'therapists_pending_changes_published', expression: "pending_changes is null or status in ('APPROVED', 'SUSPENDED')" },
  {
    name: 'therapists_review_requested_at',
    expression: "(review_requested_at is not null) = (status = 'PENDING_REVIEW' or pending_changes is not null)",
  },
];

/** Class decorator adding every listing CHECK constraint to the entity. */
export function therapistChecks(): ClassDecorator {
  return (target) => {
    for (const check of CHECKS) Check(check)(target);
  };
}

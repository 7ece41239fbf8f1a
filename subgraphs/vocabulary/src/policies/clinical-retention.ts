/**
 * How long a clinical record is kept after the last contact: the NHS Records Management Code
 * of Practice sets 8 years for adult health records. The clock starts at the latest contact
 * in the person's record, so one course of treatment is kept, and later purged, as a whole.
 */
export interface RetentionPolicy {
  /** Whole years a record is kept after its last contact. */
  readonly years: number;
}

/** The clinical-retention rule every subgraph holding health records applies on erasure. */
export const clinicalRetention: RetentionPolicy = { years: 8 };

/** The day a clinical record whose last contact was `lastContact` may be purged (UTC calendar years). */
export function retainUntil(lastContact: Date, policy: RetentionPolicy = clinicalRetention): Date {
  const until = new Date(lastContact.getTime());
  until.setUTCFullYear(until.getUTCFullYear() + policy.years);
  return until;
}

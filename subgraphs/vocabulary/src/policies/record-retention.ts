/**
 * How long each kind of record about a person is kept once their care has ended, and where the rule
 * comes from. Source for every period here: NHS England, Records Management Code of Practice 2021
 * (updated 2023), Appendix II retention schedule. Caregraph is occupational therapy for mental-health
 * recovery, so the records of that care fall under the schedule's "Mental health records" entry:
 * 20 years after no further treatment is considered necessary (rather than the 8 years of the
 * "adult health records not covered elsewhere" entry, which applied here before).
 * The clock is the end of care: the latest contact in the person's records of that kind, so one
 * course of treatment is kept, and later purged, as a whole.
 */
export interface RetentionPolicy {
  /** Whole years a record is kept after the end of care. */
  readonly years: number;
  /** The rule in words and the entry of the Records Management Code it follows (for descriptions and audits). */
  readonly rule: string;
}

/** The kinds of record that carry a retention date (`retain_until`) once detached from a login. */
export type RetainedRecordKind = 'CARE_PLAN' | 'SESSION';

/** Every kind's period. Each kind has its own entry so one can change without the others. */
export const retentionPolicies: Readonly<Record<RetainedRecordKind, RetentionPolicy>> = {
  // A care plan and everything recorded under it (goals, activities and their logs, reviews,
  // questionnaires, risk flags): the mental-health care record itself.
  CARE_PLAN: {
    years: 20,
    rule: 'mental-health care record: 20 years after the end of care (NHS Records Management Code of Practice, mental health records)',
  },
  // A session that took place (and its history): a record of contact with the mental-health service,
  // part of the same care record under the Code (the appointment-diary entry, 2 years, is for diaries
  // whose content was copied into the care record; a booking is that content, so it is not one).
  SESSION: {
    years: 20,
    rule: 'record of a mental-health care session: 20 years after the end of care (NHS Records Management Code of Practice, mental health records)',
  },
};

/** The policy for one kind of record. */
export function retentionFor(kind: RetainedRecordKind): RetentionPolicy {
  return retentionPolicies[kind];
}

/** The day a record whose care ended on `endOfCare` may be purged (UTC calendar years). */
export function retainUntil(endOfCare: Date, policy: RetentionPolicy): Date {
  const until = new Date(endOfCare.getTime());
  until.setUTCFullYear(until.getUTCFullYear() + policy.years);
  return until;
}

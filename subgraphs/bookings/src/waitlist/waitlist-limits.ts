/** The waitlist's rules, in one place: the schema's descriptions and the checks both read them. */
export const WAITLIST_LIMITS = {
  /** Active entries one client may hold, across therapists. */
  maxActiveEntries: 5,
  /** Days one entry may span, first and last included (about three months). */
  maxRangeDays: 93,
  /** How far ahead a range may start, in days. */
  maxStartAheadDays: 365,
} as const;

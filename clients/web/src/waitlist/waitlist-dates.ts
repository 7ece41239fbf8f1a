// The dates a client may ask about, checked before asking the graph (which checks them again).

/** Days one waitlist entry may span, first and last counted (the graph's limit). */
export const MAX_RANGE_DAYS = 93;

const DAY = 86_400_000;

/** Today in the UK as `YYYY-MM-DD`. */
export function ukToday(now = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
}

/** `YYYY-MM-DD` moved by `days`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export type DateErrors = { from?: string; to?: string };

/** What is wrong with a range, field by field; empty when nothing is. */
export function validateRange(from: string, to: string, today: string): DateErrors {
  const errors: DateErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) errors.from = 'Enter the first day you could come.';
  else if (from < today) errors.from = 'The first day cannot be in the past.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) errors.to = 'Enter the last day you could come.';
  else if (!errors.from && to < from) errors.to = 'The last day must be on or after the first day.';
  else if (!errors.from && (Date.parse(to) - Date.parse(from)) / DAY + 1 > MAX_RANGE_DAYS) errors.to = `Choose a range of at most ${MAX_RANGE_DAYS} days (about three months).`;
  return errors;
}

/** Care plans run on UK calendar days; `en-CA` formats a day as YYYY-MM-DD. Made once: formatters are costly to build. */
const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) in the UK at `instant`. */
export function ukDateOf(instant: Date): string {
  return UK_DAY.format(instant);
}

/** `date` (YYYY-MM-DD) plus `weeks` weeks. */
export function addWeeks(date: string, weeks: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
}

/** When the next review is due: the latest review (or the start) plus the cadence. */
export function nextReviewDue(plan: { startDate: string; lastReviewedOn: string | null; reviewCadenceWeeks: number }): string {
  return addWeeks(plan.lastReviewedOn ?? plan.startDate, plan.reviewCadenceWeeks);
}

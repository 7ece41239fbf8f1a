// British formats for everything the dashboard shows: dates as 31/03/2027, times in Europe/London,
// money in pounds sterling.

const LONDON = 'Europe/London';
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: LONDON });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: LONDON });
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** `2027-03-31` or an ISO instant → `31/03/2027` (UK order); empty for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  // A LocalDate has no zone: show it as the calendar date it is.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value.split('-').reverse().join('/');
  return dateFormat.format(new Date(value));
}

/** An ISO instant → `31/03/2027, 14:05` in UK time; empty for null. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)) : '';
}

/** Pence → `£75.00`; empty for null. */
export function formatPence(pence: number | null | undefined): string {
  return pence == null ? '' : money.format(pence / 100);
}

/** Seconds waited → `3 days 4 hours`, `5 hours 12 minutes`, `under a minute`. */
export function formatWait(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (days) return hours ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours) return minutes ? `${plural(hours, 'hour')} ${plural(minutes, 'minute')}` : plural(hours, 'hour');
  return minutes ? plural(minutes, 'minute') : 'under a minute';
}

/** Hours London is ahead of UTC at `instant` (0 in winter, 1 in summer). */
function londonOffsetHours(instant: number): number {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: LONDON }).format(new Date(instant)));
  return (hour - new Date(instant).getUTCHours() + 24) % 24;
}

/** Midnight in London at the start of the calendar date `YYYY-MM-DD`, as an ISO instant. */
export function londonMidnight(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, day);
  return new Date(utcMidnight - londonOffsetHours(utcMidnight) * 3_600_000).toISOString();
}

/** The calendar date `days` after `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Today's date in London, `YYYY-MM-DD`. */
export function londonToday(now: number = Date.now()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: LONDON }).formatToParts(new Date(now));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** This week in London, Monday 00:00 to the next Monday 00:00, as ISO instants. */
export function londonWeek(now: number = Date.now()): { start: string; end: string; monday: string } {
  const today = londonToday(now);
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = addDays(today, -weekday);
  return { monday, start: londonMidnight(monday), end: londonMidnight(addDays(monday, 7)) };
}

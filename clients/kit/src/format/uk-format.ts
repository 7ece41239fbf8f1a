// British formats for every Caregraph app: times in UK time (Europe/London, where every therapist's
// diary is kept today), dates in UK order, money in pounds sterling from pence. One copy, so that a
// session's time reads the same in the client app, the therapist workspace and a notification.

export const UK_TIME_ZONE = 'Europe/London';

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: UK_TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: UK_TIME_ZONE });
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE });
const dayKeyFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: UK_TIME_ZONE });

/** Pence and currency → `£75.00`; `£0.00` for nothing owed. Reads the currency rather than assuming GBP. */
export function formatMoney(amountPence: number, currency = 'GBP'): string {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amountPence / 100);
}

/** The parts in GOV.UK style, `Tuesday 3 March 2026`: ICU versions differ on a comma after the weekday. */
function withoutCommas(format: Intl.DateTimeFormat, iso: string): string {
  return format
    .formatToParts(new Date(iso))
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .join(' ');
}

/** An instant → `Tuesday 3 March 2026` (the day in UK time). */
export function formatDay(iso: string): string {
  return withoutCommas(dayFormat, iso);
}

/** An instant → `Tue 3 Mar` (for compact lists). */
export function formatShortDay(iso: string): string {
  return withoutCommas(shortDayFormat, iso);
}

/** An instant → `14:05` in UK time. */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** An instant → `Tuesday 3 March 2026 at 14:05`. */
export function formatDateTime(iso: string): string {
  return `${formatDay(iso)} at ${formatTime(iso)}`;
}

/** A session → `Tuesday 3 March 2026, 14:00 to 15:00`. */
export function formatSession(startsAt: string, endsAt: string): string {
  return `${formatDay(startsAt)}, ${formatTime(startsAt)} to ${formatTime(endsAt)}`;
}

/** An instant or a `YYYY-MM-DD` date → `3 March 2034`. */
export function formatDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dateFormat.format(new Date(`${value}T12:00:00Z`));
  return dateFormat.format(new Date(value));
}

/** The UK calendar day of an instant as `YYYY-MM-DD`, for grouping times by day. */
export function ukDayKey(iso: string): string {
  return dayKeyFormat.format(new Date(iso));
}

/** Groups time slots by their UK calendar day, in order. */
export function groupByDay<T extends { startsAt: string }>(slots: readonly T[]): Array<{ day: string; slots: T[] }> {
  const groups = new Map<string, T[]>();
  for (const slot of slots) {
    const key = ukDayKey(slot.startsAt);
    groups.set(key, [...(groups.get(key) ?? []), slot]);
  }
  return [...groups.entries()].map(([day, items]) => ({ day, slots: items }));
}

// British formats, as the client app shows them: instants in UK time (Europe/London), dates in UK
// order, days in GOV.UK style (`Tuesday 3 March 2026`). The schedule preview must read exactly as the
// client app's list of free times does, so these follow clients/web's formats.

export const UK_TIME_ZONE = 'Europe/London';

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: UK_TIME_ZONE });
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE });
const dayKeyFormat = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: UK_TIME_ZONE });

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How many days the preview shows: the two weeks the client app's slot picker shows first. */
export const PREVIEW_DAYS = 14;

/** ICU versions differ on a comma after the weekday: join the parts ourselves. */
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

/** An instant → `14:05` in UK time. */
export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** An instant or a `YYYY-MM-DD` date → `3 March 2034`. */
export function formatDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return dateFormat.format(new Date(`${value}T12:00:00Z`));
  return dateFormat.format(new Date(value));
}

/** An instant → `3 March 2034 at 14:05`. */
export function formatDateTime(iso: string): string {
  return `${formatDate(iso)} at ${formatTime(iso)}`;
}

/** The UK calendar day of an instant as `YYYY-MM-DD`. */
export function ukDayKey(iso: string): string {
  return dayKeyFormat.format(new Date(iso));
}

/** Groups time slots by their UK calendar day, in order (as the client app's slot picker does). */
export function groupByDay<T extends { startsAt: string }>(slots: readonly T[]): Array<{ day: string; slots: T[] }> {
  const groups = new Map<string, T[]>();
  for (const slot of slots) {
    const key = ukDayKey(slot.startsAt);
    groups.set(key, [...(groups.get(key) ?? []), slot]);
  }
  return [...groups.entries()].map(([day, items]) => ({ day, slots: items }));
}

/**
 * The client app's first window of free times: 14 days from the current whole hour (the same
 * variables for the same hour, so the cached answer is reused across renders).
 */
export function previewWindow(now: number, days = PREVIEW_DAYS): { from: string; to: string } {
  const start = Math.floor(now / HOUR) * HOUR;
  return { from: new Date(start).toISOString(), to: new Date(start + days * DAY).toISOString() };
}

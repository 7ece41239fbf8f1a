/**
 * Wall-clock time in an IANA zone, with nothing but `Intl.DateTimeFormat` (no Temporal on
 * Node 20, no date library in the project). The zone database Node ships does the hard part;
 * this module only turns "local date + minutes" into an instant and back, choosing like
 * Temporal's `disambiguation: 'compatible'` at daylight-saving changes: a local time that
 * happens twice (autumn) means the first; one that never happens (spring) moves forward by
 * the gap (01:30 on the last Sunday of March in London is 02:30 BST = 01:30Z).
 */

/** A calendar date, as written in the zone: `2027-03-28`. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: building one costs far more than using it. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone name this runtime knows (e.g. `Europe/London`). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of `instant` in `timeZone`. */
function wallClock(instant: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return { year: fields.year, month: fields.month, day: fields.day, hour: fields.hour, minute: fields.minute, second: fields.second };
}

/** The zone's offset at `instant` read from the zone database (whole seconds: the formatter drops milliseconds). */
function offsetFromFormatter(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const HOUR = 60 * MINUTE;
/** Hours kept per zone before its cache starts afresh (about 11 years of hours: a bound, never reached by slot walks). */
const MAX_CACHED_HOURS = 100_000;
/**
 * Per zone, the offset of each UTC hour already asked about, or null for an hour in which the offset
 * changes (then each instant in it is read from the formatter). Why: formatToParts was 12.5 % of the
 * bookings subgraph's CPU in the whole-platform bench (bench/results.md), called three or four times
 * for every day `freeSlots` walks, while a zone's offset changes a few times a year.
 */
const hourOffsets = new Map<string, Map<number, number | null>>();

/** The offset throughout the UTC hour `hour`, or null when it changes inside that hour. */
function offsetOfHour(hour: number, timeZone: string): number | null {
  let hours = hourOffsets.get(timeZone);
  if (!hours) hourOffsets.set(timeZone, (hours = new Map()));
  let offset = hours.get(hour);
  if (offset === undefined) {
    // Equal at the hour's first and last second means no change between them: real zones change
    // at most once within any hour (changes are months apart), though not always on the hour
    // (Australia/Lord_Howe changes at 15:30 UTC).
    const first = offsetFromFormatter(hour * HOUR, timeZone);
    offset = first === offsetFromFormatter(hour * HOUR + HOUR - 1000, timeZone) ? first : null;
    if (hours.size >= MAX_CACHED_HOURS) hours.clear();
    hours.set(hour, offset);
  }
  return offset;
}

/** The zone's offset from UTC at `instant`, in ms (local = UTC + offset); +3 600 000 for BST. */
export function offsetAt(instant: number, timeZone: string): number {
  return offsetOfHour(Math.floor(instant / HOUR), timeZone) ?? offsetFromFormatter(instant, timeZone);
}

/** The calendar date of `instant` in `timeZone`. */
export function localDateOf(instant: number, timeZone: string): LocalDate {
  const local = new Date(instant + offsetAt(instant, timeZone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/**
 * The instant at which clocks in `timeZone` show `date` plus `minutes` (0 to 1440; 1440 is the
 * next midnight). Offsets are looked up a day either side of the guess, which covers every
 * real-world transition (they are hours apart, never days).
 */
export function zonedToInstant(date: LocalDate, minutes: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minutes * MINUTE;
  const before = offsetAt(wall - DAY, timeZone);
  const after = offsetAt(wall + DAY, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wall - offsetAt(instant, timeZone) === instant)
    .sort((a, b) => a - b);
  // Twice (autumn): the earlier. Never (spring): read with the offset before the change, i.e. moved forward by the gap.
  return candidates.length > 0 ? candidates[0] : wall - before;
}

/** `date` moved by `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** `2027-03-28` for a local date. */
export function formatLocalDate(date: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses `YYYY-MM-DD` into a real calendar date, or null (e.g. `2027-02-30`). */
export function parseLocalDate(text: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return formatLocalDate(addDays(date, 0)) === text ? date : null;
}

/** Minutes since midnight for `HH:MM` (00:00 to 24:00), or null when malformed. */
export function parseClockTime(text: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

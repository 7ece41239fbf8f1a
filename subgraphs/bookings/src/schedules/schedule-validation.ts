import { UserInputError } from '@caregraph/kernel';
import { isValidTimeZone, parseClockTime, parseLocalDate } from '../time/zoned-time';
import { ISO_WEEKDAY } from './weekday';
import { SCHEDULE_LIMITS as L, type DateOverrideValue, type TimeRangeValue, type WorkingHoursValue } from './schedule-rules';
import type { ScheduleInput } from './schedule.input';

/** A schedule's settings after validation, with every default filled in and ranges sorted. */
export interface ValidSchedule {
  timeZone: string;
  weeklyHours: WorkingHoursValue[];
  dateOverrides: DateOverrideValue[];
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  bookingWindowDays: number;
  sessionMinutes: number;
  requiresConfirmation: boolean;
  cancellationCutoffHours: number;
}

/** Refuses a range that ends before it starts, naming `field`. */
function checkRange(range: TimeRangeValue, field: string): void {
  const start = parseClockTime(range.start);
  const end = parseClockTime(range.end);
  if (start === null || start >= 24 * 60) throw new UserInputError(`${field}.start`, `${field}.start must be a time of day as HH:MM (00:00 to 23:59).`);
  if (end === null || end <= start) throw new UserInputError(`${field}.end`, `${field}.end must be after ${field}.start.`);
}

/** Refuses ranges of one day that overlap; `fieldOf` names a range by its position in the input. */
function checkNoOverlap<T extends TimeRangeValue>(ranges: Array<{ range: T; field: string }>, what: string): void {
  const sorted = [...ranges].sort((a, b) => (a.range.start < b.range.start ? -1 : 1));
  if (sorted.length > L.rangesPerDay) throw new UserInputError(sorted[L.rangesPerDay].field, `${what} can hold at most ${L.rangesPerDay} ranges.`);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].range.start < sorted[i - 1].range.end) {
      throw new UserInputError(sorted[i].field, `${sorted[i].field} overlaps ${sorted[i - 1].field} (${what}).`);
    }
  }
}

const byStart = (a: TimeRangeValue, b: TimeRangeValue) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

/**
 * Checks a schedule input beyond what the decorators check (a known time zone, ranges that end
 * after they start and do not overlap on one day, real and distinct override dates) and fills
 * in the defaults. Errors name the field as a dotted path: `weeklyHours.2.end`.
 */
export function validateSchedule(input: ScheduleInput): ValidSchedule {
  const timeZone = input.timeZone ?? L.defaultTimeZone;
  if (!isValidTimeZone(timeZone)) throw new UserInputError('timeZone', `timeZone "${timeZone}" is not an IANA time zone, e.g. Europe/London.`);

  const weekly = (input.weeklyHours ?? []).map((hours, i) => ({ range: hours, field: `weeklyHours.${i}` }));
  weekly.forEach(({ range, field }) => checkRange(range, field));
  for (const day of Object.keys(ISO_WEEKDAY)) checkNoOverlap(weekly.filter((w) => w.range.weekday === day), `the ${day} hours`);

  const seen = new Set<string>();
  const overrides = (input.dateOverrides ?? []).map((override, i) => {
    const field = `dateOverrides.${i}`;
    if (!parseLocalDate(override.date)) throw new UserInputError(`${field}.date`, `${field}.date must be a real date as YYYY-MM-DD.`);
    if (seen.has(override.date)) throw new UserInputError(`${field}.date`, `${field}.date repeats ${override.date}: give each date once.`);
    seen.add(override.date);
    const ranges = override.ranges.map((range, r) => ({ range, field: `${field}.ranges.${r}` }));
    ranges.forEach(({ range, field: f }) => checkRange(range, f));
    checkNoOverlap(ranges, `the hours on ${override.date}`);
    return { date: override.date, ranges: override.ranges.map(({ start, end }) => ({ start, end })).sort(byStart) };
  });

  return {
    timeZone,
    weeklyHours: (input.weeklyHours ?? [])
      .map(({ weekday, start, end, formats }) => ({ weekday, start, end, formats: formats?.length ? [...formats] : null }))
      .sort((a, b) => ISO_WEEKDAY[a.weekday] - ISO_WEEKDAY[b.weekday] || byStart(a, b)),
    dateOverrides: overrides.sort((a, b) => (a.date < b.date ? -1 : 1)),
    bufferBeforeMinutes: input.bufferBeforeMinutes ?? L.bufferMinutes.default,
    bufferAfterMinutes: input.bufferAfterMinutes ?? L.bufferMinutes.default,
    minimumNoticeMinutes: input.minimumNoticeMinutes ?? L.minimumNoticeMinutes.default,
    bookingWindowDays: input.bookingWindowDays ?? L.bookingWindowDays.default,
    sessionMinutes: input.sessionMinutes ?? L.sessionMinutes.default,
    requiresConfirmation: input.requiresConfirmation ?? false,
    cancellationCutoffHours: input.cancellationCutoffHours ?? L.cancellationCutoffHours.default,
  };
}

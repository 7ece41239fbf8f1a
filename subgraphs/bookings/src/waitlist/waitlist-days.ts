import { SCHEDULE_LIMITS } from '../schedules/schedule-rules';
import { addDays, formatLocalDate, localDateOf, parseLocalDate } from '../time/zoned-time';

/**
 * Today as the waitlist counts days (`YYYY-MM-DD`): the service's own zone, the one diaries default to.
 * An entry whose last day is before it has passed.
 */
export function waitlistToday(now: number): string {
  return formatLocalDate(localDateOf(now, SCHEDULE_LIMITS.defaultTimeZone));
}

/** `YYYY-MM-DD` moved by `days`. */
export function shiftDay(day: string, days: number): string {
  return formatLocalDate(addDays(parseLocalDate(day)!, days));
}

/** Days from `from` to `to`, both counted (1 for a single day). */
export function daysSpanned(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

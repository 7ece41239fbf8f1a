import type { SessionFormat } from '@caregraph/vocabulary';
import type { DateOverrideValue, WorkingHoursValue } from '../schedules/schedule-rules';
import { ISO_WEEKDAY } from '../schedules/weekday';
import { addDays, formatLocalDate, isoWeekday, localDateOf, parseClockTime, zonedToInstant, type LocalDate } from '../time/zoned-time';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The parts of a schedule availability depends on. */
export interface ScheduleRules {
  timeZone: string;
  weeklyHours: WorkingHoursValue[];
  dateOverrides: DateOverrideValue[];
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minimumNoticeMinutes: number;
  bookingWindowDays: number;
  sessionMinutes: number;
}

/** A time the diary is taken: a booking's session widened by its own buffers, [from, until) in ms. */
export interface BusyPeriod {
  from: number;
  until: number;
}

/** A bookable session time, [startsAt, endsAt) in ms. */
export interface Slot {
  startsAt: number;
  endsAt: number;
}

/** What to look for: sessions starting in [from, to) as ms, of one format (any when absent), at `now`. */
export interface SlotQuery {
  from: number;
  to: number;
  now: number;
  format?: SessionFormat | null;
  /** Without `format`: the formats the listing gives, so only hours open to one of them count (all hours when absent). */
  formats?: readonly SessionFormat[] | null;
  /** Stop after this many slots (1 for "next available"). */
  limit?: number;
}

/** The working ranges (minutes since local midnight) on one local date: the override's, else the weekday's. */
function rangesOn(date: LocalDate, rules: ScheduleRules, overrides: Map<string, DateOverrideValue>, query: Pick<SlotQuery, 'format' | 'formats'>): Array<[number, number]> {
  const override = overrides.get(formatLocalDate(date));
  const { format, formats } = query;
  const open = (h: WorkingHoursValue) =>
    !h.formats || (format ? h.formats.includes(format) : !formats || h.formats.some((f) => formats.includes(f)));
  const ranges = override ? override.ranges : rules.weeklyHours.filter((h) => ISO_WEEKDAY[h.weekday] === isoWeekday(date) && open(h));
  return ranges.map((r) => [parseClockTime(r.start)!, parseClockTime(r.end)!]);
}

/**
 * The free session slots of one therapist, in time order: for each local date in the zone, the
 * working ranges (an override replaces the weekday's hours) turned into instants there — so a
 * 09:00 start is 09:00Z in winter and 08:00Z in summer in London — cut into sessions one after
 * another from each range's start (session plus both buffers apart, so back-to-back slots never
 * clash), keeping those that start after the notice, inside the booking window and `query`, and
 * whose buffered time touches no `busy` period. The session lies inside working hours; buffers
 * may reach outside them (travel to the first visit of the day).
 */
export function freeSlots(rules: ScheduleRules, busy: readonly BusyPeriod[], query: SlotQuery): Slot[] {
  const session = rules.sessionMinutes * MINUTE;
  const before = rules.bufferBeforeMinutes * MINUTE;
  const after = rules.bufferAfterMinutes * MINUTE;
  const earliest = Math.max(query.from, query.now + rules.minimumNoticeMinutes * MINUTE);
  const latestStart = Math.min(query.to - 1, query.now + rules.bookingWindowDays * DAY);
  const slots: Slot[] = [];
  if (earliest > latestStart) return slots;

  const overrides = new Map(rules.dateOverrides.map((o) => [o.date, o]));
  const sortedBusy = [...busy].sort((a, b) => a.from - b.from);
  const isFree = (start: number) => {
    const blockedFrom = start - before;
    const blockedUntil = start + session + after;
    return !sortedBusy.some((b) => b.from < blockedUntil && blockedFrom < b.until);
  };

  // A day either side: a local date's hours can start before `earliest`'s UTC date and end after it.
  const last = localDateOf(latestStart + DAY, rules.timeZone);
  for (let date = localDateOf(earliest - DAY, rules.timeZone); formatLocalDate(date) <= formatLocalDate(last); date = addDays(date, 1)) {
    for (const [startMinute, endMinute] of rangesOn(date, rules, overrides, query)) {
      const rangeEnd = zonedToInstant(date, endMinute, rules.timeZone);
      for (let start = zonedToInstant(date, startMinute, rules.timeZone); start + session <= rangeEnd; start += before + session + after) {
        if (start < earliest || start > latestStart) continue;
        if (!isFree(start)) continue;
        slots.push({ startsAt: start, endsAt: start + session });
        if (query.limit && slots.length >= query.limit) return slots;
      }
    }
  }
  return slots;
}

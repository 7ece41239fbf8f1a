import type { EntityManager } from '@mikro-orm/postgresql';
import { TherapistSchedule } from '../schedules/schedule.entity';
import { Weekday } from '../schedules/weekday';

/** Monday to Friday, 09:00–17:00 (the schedule's zone). */
export const OFFICE_HOURS = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY].map((weekday) => ({
  weekday,
  start: '09:00',
  end: '17:00',
}));

/** A schedule for `therapistId` (office hours in London unless overridden), persisted on the next flush. */
export function makeSchedule(em: EntityManager, therapistId: string, fields: Partial<Omit<TherapistSchedule, 'therapistId'>> = {}): TherapistSchedule {
  return em.create(TherapistSchedule, { therapistId, weeklyHours: OFFICE_HOURS, ...fields });
}

/** The last Sunday of `month` (1–12) in `year`, as `YYYY-MM-DD`: when the UK's clocks change in March and October. */
export function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** The next last-Sunday-of-`month` at least `minDaysAhead` days after `now`. */
export function nextClockChange(month: 3 | 10, now: Date, minDaysAhead = 3): string {
  for (let year = now.getUTCFullYear(); ; year++) {
    const date = lastSunday(year, month);
    if (Date.parse(date) - now.getTime() > minDaysAhead * 86_400_000) return date;
  }
}

/** `date` (YYYY-MM-DD) moved by `days`. */
export function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

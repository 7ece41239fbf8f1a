import type { SessionFormat } from '@caregraph/vocabulary';
import type { Weekday } from './weekday';

/** A stretch of working time on one day, in the therapist's zone: `09:00`–`12:30` (`24:00` ends at midnight). */
export interface TimeRangeValue {
  start: string;
  end: string;
}

/** Weekly working hours: one range on one weekday, optionally only for some session formats. */
export interface WorkingHoursValue extends TimeRangeValue {
  weekday: Weekday;
  /** Formats offered in this range; null or absent means every format. */
  formats?: SessionFormat[] | null;
}

/** Other hours on one date (`ranges` empty: a day off), replacing that weekday's hours. */
export interface DateOverrideValue {
  date: string;
  ranges: TimeRangeValue[];
}

/** Defaults and limits of a schedule, shared by the entity, the input validation and the CHECK constraints. */
export const SCHEDULE_LIMITS = {
  defaultTimeZone: 'Europe/London',
  bufferMinutes: { min: 0, max: 240, default: 0 },
  minimumNoticeMinutes: { min: 0, max: 30 * 24 * 60, default: 24 * 60 },
  bookingWindowDays: { min: 1, max: 366, default: 60 },
  sessionMinutes: { min: 15, max: 240, default: 60 },
  /** Hours before the start within which a client's cancellation is late (a week at most). */
  cancellationCutoffHours: { min: 0, max: 168, default: 24 },
  rangesPerDay: 8,
  overrides: 400,
} as const;

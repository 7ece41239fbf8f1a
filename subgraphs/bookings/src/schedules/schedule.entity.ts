import { Check, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { SCHEDULE_LIMITS as L, type DateOverrideValue, type WorkingHoursValue } from './schedule-rules';

/**
 * A therapist's diary rules, owned by bookings and keyed by the therapists subgraph's listing id.
 * Working hours and date overrides are jsonb arrays (validated in code, shape-checked by CHECKs):
 * they are always read and written whole, with the schedule, so one row is one statement and one
 * optimistic version. Times are wall-clock times in `timeZone`, turned into instants per date.
 */
@Entity({ tableName: 'therapist_schedules' })
@Check({ name: 'therapist_schedules_weekly_hours_array', expression: "jsonb_typeof(weekly_hours) = 'array'" })
@Check({ name: 'therapist_schedules_date_overrides_array', expression: "jsonb_typeof(date_overrides) = 'array'" })
@Check({ name: 'therapist_schedules_time_zone_named', expression: "time_zone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$'" })
@Check({
  name: 'therapist_schedules_buffers_range',
  expression: `buffer_before_minutes between ${L.bufferMinutes.min} and ${L.bufferMinutes.max} and buffer_after_minutes between ${L.bufferMinutes.min} and ${L.bufferMinutes.max}`,
})
@Check({
  name: 'therapist_schedules_notice_range',
  expression: `minimum_notice_minutes between ${L.minimumNoticeMinutes.min} and ${L.minimumNoticeMinutes.max}`,
})
@Check({ name: 'therapist_schedules_window_range', expression: `booking_window_days between ${L.bookingWindowDays.min} and ${L.bookingWindowDays.max}` })
@Check({
  name: 'therapist_schedules_cancellation_cutoff_range',
  expression: `cancellation_cutoff_hours between ${L.cancellationCutoffHours.min} and ${L.cancellationCutoffHours.max}`,
})
@Check({ name: 'therapist_schedules_session_range', expression: `session_minutes between ${L.sessionMinutes.min} and ${L.sessionMinutes.max}` })
export class TherapistSchedule {
  [OptionalProps]?:
    | 'timeZone'
    | 'weeklyHours'
    | 'dateOverrides'
    | 'bufferBeforeMinutes'
    | 'bufferAfterMinutes'
    | 'minimumNoticeMinutes'
    | 'bookingWindowDays'
    | 'sessionMinutes'
    | 'requiresConfirmation'
    | 'cancellationCutoffHours'
    | 'createdAt'
    | 'updatedAt'
    | 'version';

  /** therapists `Therapist.id` (the listing), not the therapist's user id. */
  @PrimaryKey({ type: 'uuid' })
  therapistId!: string;

  /** IANA zone the hours are written in. */
  @Property({ type: 'text', default: L.defaultTimeZone })
  timeZone: string = L.defaultTimeZone;

  @Property({ type: 'jsonb', default: '[]' })
  weeklyHours: WorkingHoursValue[] = [];

  @Property({ type: 'jsonb', default: '[]' })
  dateOverrides: DateOverrideValue[] = [];

  @Property({ type: 'int', default: L.bufferMinutes.default })
  bufferBeforeMinutes: number = L.bufferMinutes.default;

  @Property({ type: 'int', default: L.bufferMinutes.default })
  bufferAfterMinutes: number = L.bufferMinutes.default;

  @Property({ type: 'int', default: L.minimumNoticeMinutes.default })
  minimumNoticeMinutes: number = L.minimumNoticeMinutes.default;

  @Property({ type: 'int', default: L.bookingWindowDays.default })
  bookingWindowDays: number = L.bookingWindowDays.default;

  @Property({ type: 'int', default: L.sessionMinutes.default })
  sessionMinutes: number = L.sessionMinutes.default;

  /** New bookings wait as REQUESTED for the therapist to confirm or decline. */
  @Property({ type: 'boolean', default: false })
  requiresConfirmation: boolean = false;

  /** A client cancelling later than this many hours before the start cancels late; each booking keeps the value it was made under. */
  @Property({ type: 'int', default: L.cancellationCutoffHours.default })
  cancellationCutoffHours: number = L.cancellationCutoffHours.default;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}

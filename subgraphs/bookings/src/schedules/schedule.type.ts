import { Field, Int, ObjectType } from 'type-graphql';
import { SessionFormat } from '@caregraph/vocabulary';
import { Weekday } from './weekday';

@ObjectType({ description: "A stretch of working time on one day, in wall-clock time of the schedule's zone." })
export class TimeRange {
  @Field(() => String, { description: 'Start, `HH:MM` (24-hour clock).' })
  start!: string;

  @Field(() => String, { description: 'End, `HH:MM`, after `start`; `24:00` is midnight at the end of the day.' })
  end!: string;
}

@ObjectType({ description: 'One range of weekly working hours.' })
export class WorkingHours extends TimeRange {
  @Field(() => Weekday, { description: 'The day of the week the range applies to.' })
  weekday!: Weekday;

  @Field(() => [SessionFormat], { nullable: true, description: 'Formats offered in this range; null means every format the listing offers.' })
  formats!: SessionFormat[] | null;
}

@ObjectType({ description: "Other working hours on one date, replacing that weekday's hours; no ranges means a day off." })
export class DateOverride {
  @Field(() => String, { description: "The date, `YYYY-MM-DD`, in the schedule's zone." })
  date!: string;

  @Field(() => [TimeRange], { description: 'The working hours on that date, in order; empty for a day off.' })
  ranges!: TimeRange[];
}

@ObjectType({ description: "A therapist's diary rules: when they work and how sessions may be booked." })
export class Schedule {
  @Field(() => String, { description: 'IANA time zone the hours are written in, e.g. `Europe/London`; daylight-saving changes are followed.' })
  timeZone!: string;

  @Field(() => [WorkingHours], { description: 'Weekly working hours, by weekday then start.' })
  weeklyHours!: WorkingHours[];

  @Field(() => [DateOverride], { description: 'Dates with other hours or a day off, by date.' })
  dateOverrides!: DateOverride[];

  @Field(() => Int, { description: 'Minutes kept free before each session (preparation, travel for home visits).' })
  bufferBeforeMinutes!: number;

  @Field(() => Int, { description: 'Minutes kept free after each session (notes, travel).' })
  bufferAfterMinutes!: number;

  @Field(() => Int, { description: 'How long ahead a session must be booked, in minutes (default 1440: 24 hours).' })
  minimumNoticeMinutes!: number;

  @Field(() => Int, { description: 'How far ahead sessions can be booked, in days (default 60).' })
  bookingWindowDays!: number;

  @Field(() => Int, { description: 'Length of a session in minutes (default 60).' })
  sessionMinutes!: number;

  @Field(() => Boolean, { description: 'True when new bookings wait (REQUESTED) for the therapist to confirm or decline them.' })
  requiresConfirmation!: boolean;

  @Field(() => Int, {
    description:
      'Free cancellation ends this many hours before a session starts (default 24): a client cancelling later is recorded as a late cancellation. ' +
      'Each booking keeps the value in force when it was made (`Booking.freeCancellationUntil`).',
  })
  cancellationCutoffHours!: number;

  @Field(() => Date, { description: 'When the schedule last changed.' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Changes with every edit; pass it back as `expectedVersion` so a change made from a stale copy is refused (CONFLICT).' })
  version!: number;
}

import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SessionFormat } from '@caregraph/vocabulary';
import { SCHEDULE_LIMITS as L } from './schedule-rules';
import { Weekday } from './weekday';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const CLOCK_MESSAGE = '$property must be a time of day as HH:MM (00:00 to 24:00).';
const between = (min: number, max: number, unit: string) => `$property must be a whole number of ${unit} from ${min} to ${max}.`;

@InputType({ description: 'A stretch of working time on one day.' })
export class TimeRangeInput {
  @Field(() => String, { description: 'Start, `HH:MM` (24-hour clock).' })
  @Matches(CLOCK, { message: CLOCK_MESSAGE })
  start!: string;

  @Field(() => String, { description: 'End, `HH:MM`, after `start`; `24:00` is midnight at the end of the day.' })
  @Matches(CLOCK, { message: CLOCK_MESSAGE })
  end!: string;
}

@InputType({ description: 'One range of weekly working hours.' })
export class WorkingHoursInput extends TimeRangeInput {
  @Field(() => Weekday, { description: 'The day of the week.' })
  weekday!: Weekday;

  @Field(() => [SessionFormat], { nullable: true, description: 'Formats offered in this range; leave out for every format.' })
  @IsOptional()
  @ArrayUnique({ message: '$property must not repeat a format.' })
  formats?: SessionFormat[] | null;
}

@InputType({ description: "Other hours on one date, replacing that weekday's hours." })
export class DateOverrideInput {
  @Field(() => String, { description: 'The date, `YYYY-MM-DD`.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD.' })
  date!: string;

  @Field(() => [TimeRangeInput], { description: 'Working hours on that date; an empty list for a day off.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(L.rangesPerDay, { message: `$property can hold at most ${L.rangesPerDay} ranges.` })
  ranges!: TimeRangeInput[];
}

/** A whole schedule: what is left out takes its default (it replaces the previous schedule). */
@InputType({ description: 'A whole schedule; a field left out takes its default.' })
export class ScheduleInput {
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. `Europe/London` (the default).' })
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: '$property must be at most 64 characters long.' })
  timeZone?: string | null;

  @Field(() => [WorkingHoursInput], { nullable: true, description: `Weekly working hours (up to ${L.rangesPerDay} ranges a day; none: not bookable).` })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(7 * L.rangesPerDay, { message: `$property can hold at most ${7 * L.rangesPerDay} ranges.` })
  weeklyHours?: WorkingHoursInput[] | null;

  @Field(() => [DateOverrideInput], { nullable: true, description: `Dates with other hours or a day off (up to ${L.overrides}).` })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(L.overrides, { message: `$property can hold at most ${L.overrides} dates.` })
  dateOverrides?: DateOverrideInput[] | null;

  @Field(() => Int, { nullable: true, description: `Minutes kept free before each session (${L.bufferMinutes.min} to ${L.bufferMinutes.max}; default 0).` })
  @IsOptional()
  @IsInt({ message: between(L.bufferMinutes.min, L.bufferMinutes.max, 'minutes') })
  @Min(L.bufferMinutes.min, { message: between(L.bufferMinutes.min, L.bufferMinutes.max, 'minutes') })
  @Max(L.bufferMinutes.max, { message: between(L.bufferMinutes.min, L.bufferMinutes.max, 'minutes') })
  bufferBeforeMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: `Minutes kept free after each session (${L.bufferMinutes.min} to ${L.bufferMinutes.max}; default 0).` })
  @IsOptional()
  @IsInt({ message: between(L.bufferMinutes.min, L.bufferMinutes.max, 'minutes') })
  @Min(L.bufferMinutes.min, { message: between(L.bufferMinutes.min, L.bufferMinutes.max, 'minutes') })
  @Max(L.bufferMinutes.max, { message: between(L.bufferMinutes.min, L.bufferMinutes.max, 'minutes') })
  bufferAfterMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'How long ahead a session must be booked, in minutes (0 to 43200; default 1440).' })
  @IsOptional()
  @IsInt({ message: between(L.minimumNoticeMinutes.min, L.minimumNoticeMinutes.max, 'minutes') })
  @Min(L.minimumNoticeMinutes.min, { message: between(L.minimumNoticeMinutes.min, L.minimumNoticeMinutes.max, 'minutes') })
  @Max(L.minimumNoticeMinutes.max, { message: between(L.minimumNoticeMinutes.min, L.minimumNoticeMinutes.max, 'minutes') })
  minimumNoticeMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'How far ahead sessions can be booked, in days (1 to 366; default 60).' })
  @IsOptional()
  @IsInt({ message: between(L.bookingWindowDays.min, L.bookingWindowDays.max, 'days') })
  @Min(L.bookingWindowDays.min, { message: between(L.bookingWindowDays.min, L.bookingWindowDays.max, 'days') })
  @Max(L.bookingWindowDays.max, { message: between(L.bookingWindowDays.min, L.bookingWindowDays.max, 'days') })
  bookingWindowDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Length of a session in minutes (15 to 240; default 60).' })
  @IsOptional()
  @IsInt({ message: between(L.sessionMinutes.min, L.sessionMinutes.max, 'minutes') })
  @Min(L.sessionMinutes.min, { message: between(L.sessionMinutes.min, L.sessionMinutes.max, 'minutes') })
  @Max(L.sessionMinutes.max, { message: between(L.sessionMinutes.min, L.sessionMinutes.max, 'minutes') })
  sessionMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True when new bookings wait for you to confirm them (default false).' })
  requiresConfirmation?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: `Hours before a session within which a client's cancellation is late (${L.cancellationCutoffHours.min} to ${L.cancellationCutoffHours.max}; default ${L.cancellationCutoffHours.default}). Sessions already booked keep the value they were booked under.`,
  })
  @IsOptional()
  @IsInt({ message: between(L.cancellationCutoffHours.min, L.cancellationCutoffHours.max, 'hours') })
  @Min(L.cancellationCutoffHours.min, { message: between(L.cancellationCutoffHours.min, L.cancellationCutoffHours.max, 'hours') })
  @Max(L.cancellationCutoffHours.max, { message: between(L.cancellationCutoffHours.min, L.cancellationCutoffHours.max, 'hours') })
  cancellationCutoffHours?: number | null;
}

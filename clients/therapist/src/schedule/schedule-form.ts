import { SESSION_FORMAT_LABELS, WEEKDAY_LABELS } from '@caregraph/client-kit/labels';
import { formatDate } from '../format/format';
import type { OwnScheduleFragment, ScheduleInput, SessionFormat, Weekday } from '../gql/graphql';

// The schedule form and the graph's ScheduleInput, both ways. Rows keep a key of their own so that a
// field the graph names by position (`weeklyHours.2.end`) finds its box again, and times are the
// browser's `HH:MM` (a time box cannot show `24:00`, so an end of 00:00 means midnight at the end of the day).

export const WEEKDAYS: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export interface HoursRow {
  key: string;
  start: string;
  end: string;
  /** Formats offered in these hours; none ticked means every format the listing offers. */
  formats: SessionFormat[];
}

export interface OverrideRow {
  key: string;
  date: string;
  dayOff: boolean;
  ranges: Array<{ key: string; start: string; end: string }>;
}

export interface ScheduleFormValues {
  timeZone: string;
  weekly: Record<Weekday, HoursRow[]>;
  overrides: OverrideRow[];
  bufferBeforeMinutes: string;
  bufferAfterMinutes: string;
  /** Hours, as typed; the graph takes minutes. */
  minimumNoticeHours: string;
  bookingWindowDays: string;
  sessionMinutes: string;
  requiresConfirmation: boolean;
  /** Hours before a session within which a client's cancellation is late, as typed. */
  cancellationCutoffHours: string;
}

/** Errors by the id of the form box they belong to. */
export type ScheduleFormErrors = Record<string, string>;

let lastKey = 0;
/** A key for a new row, unique on this page. */
export const newKey = () => `r${++lastKey}`;

/** A range's end for the time box: `24:00` shows as 00:00. */
const endForBox = (end: string) => (end === '24:00' ? '00:00' : end);
/** A time box's end for the graph: 00:00 as an end is midnight at the end of the day. */
const endForGraph = (end: string) => (end === '00:00' ? '24:00' : end);

/** Minutes → hours for the notice box (`24`, `1.5`). */
const hoursText = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

const emptyWeek = (): Record<Weekday, HoursRow[]> => Object.fromEntries(WEEKDAYS.map((day) => [day, []])) as unknown as Record<Weekday, HoursRow[]>;

/** The form for a saved schedule, or the graph's defaults when none is saved yet. */
export function formFromSchedule(schedule: OwnScheduleFragment | null | undefined, defaultSessionMinutes?: number | null): ScheduleFormValues {
  const weekly = emptyWeek();
  for (const hours of schedule?.weeklyHours ?? []) {
    weekly[hours.weekday].push({ key: newKey(), start: hours.start, end: endForBox(hours.end), formats: [...(hours.formats ?? [])] });
  }
  return {
    timeZone: schedule?.timeZone ?? 'Europe/London',
    weekly,
    overrides: (schedule?.dateOverrides ?? []).map((o) => ({
      key: newKey(),
      date: o.date,
      dayOff: o.ranges.length === 0,
      ranges: o.ranges.map((r) => ({ key: newKey(), start: r.start, end: endForBox(r.end) })),
    })),
    bufferBeforeMinutes: String(schedule?.bufferBeforeMinutes ?? 0),
    bufferAfterMinutes: String(schedule?.bufferAfterMinutes ?? 0),
    minimumNoticeHours: hoursText(schedule?.minimumNoticeMinutes ?? 1440),
    bookingWindowDays: String(schedule?.bookingWindowDays ?? 60),
    sessionMinutes: String(schedule?.sessionMinutes ?? defaultSessionMinutes ?? 60),
    requiresConfirmation: schedule?.requiresConfirmation ?? false,
    cancellationCutoffHours: String(schedule?.cancellationCutoffHours ?? 24),
  };
}

/** The weekly rows in the order they are sent: Monday first, each day's rows as shown. */
function weeklyInOrder(values: ScheduleFormValues): Array<{ weekday: Weekday; row: HoursRow }> {
  return WEEKDAYS.flatMap((weekday) => values.weekly[weekday].map((row) => ({ weekday, row })));
}

/** The whole schedule as the graph takes it. Rows keep their order, so the graph's positions match the form's. */
export function scheduleInputOf(values: ScheduleFormValues): ScheduleInput {
  return {
    timeZone: values.timeZone,
    weeklyHours: weeklyInOrder(values).map(({ weekday, row }) => ({
      weekday,
      start: row.start,
      end: endForGraph(row.end),
      formats: row.formats.length ? row.formats : null,
    })),
    dateOverrides: values.overrides.map((o) => ({
      date: o.date,
      ranges: o.dayOff ? [] : o.ranges.map((r) => ({ start: r.start, end: endForGraph(r.end) })),
    })),
    bufferBeforeMinutes: Number(values.bufferBeforeMinutes),
    bufferAfterMinutes: Number(values.bufferAfterMinutes),
    minimumNoticeMinutes: Math.round(Number(values.minimumNoticeHours) * 60),
    bookingWindowDays: Number(values.bookingWindowDays),
    sessionMinutes: Number(values.sessionMinutes),
    requiresConfirmation: values.requiresConfirmation,
    cancellationCutoffHours: Number(values.cancellationCutoffHours),
  };
}

/** Box ids: one per time, date and setting. */
export const hoursBox = (key: string, part: 'start' | 'end') => `hours-${key}-${part}`;
export const overrideDateBox = (key: string) => `override-${key}-date`;
export const overrideRangeBox = (key: string, rangeKey: string, part: 'start' | 'end') => `override-${key}-${rangeKey}-${part}`;
const MINIMUM_NOTICE_BOX = 'minimumNoticeMinutes';
const CUTOFF_MESSAGE = 'Enter a whole number of hours from 0 to 168 (a week).';

/**
 * The form box a field the graph named belongs to: `weeklyHours.2.end` → the third weekly row's end,
 * `dateOverrides.1.ranges.0` → that range's start, `minimumNoticeMinutes` → the hours box.
 */
export function boxOfScheduleField(field: string, values: ScheduleFormValues): string {
  const weekly = /^weeklyHours\.(\d+)(?:\.(start|end|weekday|formats))?/.exec(field);
  if (weekly) {
    const row = weeklyInOrder(values)[Number(weekly[1])]?.row;
    if (row) return hoursBox(row.key, weekly[2] === 'end' ? 'end' : 'start');
  }
  const override = /^dateOverrides\.(\d+)(?:\.(date)|\.ranges\.(\d+)(?:\.(start|end))?)?/.exec(field);
  if (override) {
    const row = values.overrides[Number(override[1])];
    const range = override[3] !== undefined ? row?.ranges[Number(override[3])] : undefined;
    if (row && range) return overrideRangeBox(row.key, range.key, override[4] === 'end' ? 'end' : 'start');
    if (row) return overrideDateBox(row.key);
  }
  return field;
}

/** Words for a refused field: the graph's own message names positions (`weeklyHours.2`), not days. */
export function scheduleFieldMessage(field: string, serverMessage: string): string {
  if (/overlaps/.test(serverMessage)) return 'These hours overlap other hours on the same day.';
  if (/\.end$/.test(field)) return 'The end must be after the start.';
  if (/\.start$/.test(field)) return 'Enter a start time, like 09:00.';
  if (/\.date$/.test(field)) return /repeats/.test(serverMessage) ? 'This date is already in the list: give each date once.' : 'Enter a real date.';
  if (field === 'timeZone') return 'Choose a time zone, like Europe/London.';
  if (field === 'cancellationCutoffHours') return CUTOFF_MESSAGE;
  return serverMessage;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const endMinutes = (end: string) => (end === '00:00' ? 24 * 60 : minutesOf(end));

/** Checks a day's ranges (times given, end after start, no overlap), reporting on the boxes. */
function checkRanges(ranges: Array<{ start: string; end: string; startBox: string; endBox: string }>, errors: ScheduleFormErrors): void {
  const valid: typeof ranges = [];
  for (const r of ranges) {
    if (!TIME.test(r.start)) errors[r.startBox] = 'Enter a start time, like 09:00.';
    else if (!TIME.test(r.end)) errors[r.endBox] = 'Enter an end time, like 17:00.';
    else if (endMinutes(r.end) <= minutesOf(r.start)) errors[r.endBox] = 'The end must be after the start.';
    else valid.push(r);
  }
  const sorted = [...valid].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
  for (let i = 1; i < sorted.length; i++) {
    if (minutesOf(sorted[i].start) < endMinutes(sorted[i - 1].end)) errors[sorted[i].startBox] = 'These hours overlap other hours on the same day.';
  }
}

function checkWhole(errors: ScheduleFormErrors, box: string, text: string, min: number, max: number, message: string): void {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max) errors[box] = message;
}

/** What the browser can check before asking the graph (which checks everything again). */
export function validateScheduleForm(values: ScheduleFormValues): ScheduleFormErrors {
  const errors: ScheduleFormErrors = {};
  for (const day of WEEKDAYS) {
    checkRanges(values.weekly[day].map((r) => ({ start: r.start, end: r.end, startBox: hoursBox(r.key, 'start'), endBox: hoursBox(r.key, 'end') })), errors);
    if (values.weekly[day].length > 8) errors[hoursBox(values.weekly[day][8].key, 'start')] = 'A day can hold at most 8 ranges of hours.';
  }
  const seen = new Set<string>();
  for (const o of values.overrides) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(o.date)) errors[overrideDateBox(o.key)] = 'Enter the date.';
    else if (seen.has(o.date)) errors[overrideDateBox(o.key)] = 'This date is already in the list: give each date once.';
    seen.add(o.date);
    if (!o.dayOff) {
      if (o.ranges.length === 0) errors[overrideDateBox(o.key)] ??= 'Add the hours you work that day, or mark it as a day off.';
      checkRanges(o.ranges.map((r) => ({ start: r.start, end: r.end, startBox: overrideRangeBox(o.key, r.key, 'start'), endBox: overrideRangeBox(o.key, r.key, 'end') })), errors);
    }
  }
  checkWhole(errors, 'bufferBeforeMinutes', values.bufferBeforeMinutes, 0, 240, 'Enter 0 to 240 minutes.');
  checkWhole(errors, 'bufferAfterMinutes', values.bufferAfterMinutes, 0, 240, 'Enter 0 to 240 minutes.');
  const notice = values.minimumNoticeHours.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(notice) || Number(notice) > 720) errors[MINIMUM_NOTICE_BOX] = 'Enter 0 to 720 hours (30 days).';
  checkWhole(errors, 'bookingWindowDays', values.bookingWindowDays, 1, 366, 'Enter 1 to 366 days.');
  checkWhole(errors, 'sessionMinutes', values.sessionMinutes, 15, 240, 'Enter 15 to 240 minutes.');
  checkWhole(errors, 'cancellationCutoffHours', values.cancellationCutoffHours, 0, 168, CUTOFF_MESSAGE);
  return errors;
}

/** One setting that differs between two versions of the schedule, in words. */
export interface ScheduleDifference {
  label: string;
  saved: string;
  yours: string;
}

const describeHours = (rows: readonly HoursRow[]) =>
  rows.length
    ? rows
        .map((r) => `${r.start}–${r.end === '00:00' ? '24:00' : r.end}${r.formats.length ? ` (${r.formats.map((f) => SESSION_FORMAT_LABELS[f] ?? f).join(', ')})` : ''}`)
        .join(', ')
    : 'Not working';

const describeOverride = (o: OverrideRow) => (o.dayOff ? 'Day off' : o.ranges.map((r) => `${r.start}–${r.end === '00:00' ? '24:00' : r.end}`).join(', '));

/**
 * Where the schedule saved by someone else (`saved`) and the edits in the form (`yours`) differ,
 * setting by setting, for the screen that explains a refused save (CONFLICT) without losing either.
 */
export function scheduleDifferences(saved: ScheduleFormValues, yours: ScheduleFormValues): ScheduleDifference[] {
  const rows: ScheduleDifference[] = [];
  const compare = (label: string, a: string, b: string) => {
    if (a !== b) rows.push({ label, saved: a, yours: b });
  };
  compare('Time zone', saved.timeZone, yours.timeZone);
  for (const day of WEEKDAYS) compare(`${WEEKDAY_LABELS[day] ?? day} hours`, describeHours(saved.weekly[day]), describeHours(yours.weekly[day]));
  const dates = [...new Set([...saved.overrides, ...yours.overrides].map((o) => o.date))].sort();
  for (const date of dates) {
    const a = saved.overrides.find((o) => o.date === date);
    const b = yours.overrides.find((o) => o.date === date);
    compare(formatDate(date), a ? describeOverride(a) : 'Usual hours', b ? describeOverride(b) : 'Usual hours');
  }
  compare('Time kept free before a session', `${saved.bufferBeforeMinutes} min`, `${yours.bufferBeforeMinutes} min`);
  compare('Time kept free after a session', `${saved.bufferAfterMinutes} min`, `${yours.bufferAfterMinutes} min`);
  compare('Minimum notice', `${saved.minimumNoticeHours} h`, `${yours.minimumNoticeHours} h`);
  compare('Booking window', `${saved.bookingWindowDays} days`, `${yours.bookingWindowDays} days`);
  compare('Session length', `${saved.sessionMinutes} min`, `${yours.sessionMinutes} min`);
  compare('Free cancellation ends', `${saved.cancellationCutoffHours} h before`, `${yours.cancellationCutoffHours} h before`);
  compare('Bookings wait for your confirmation', saved.requiresConfirmation ? 'Yes' : 'No', yours.requiresConfirmation ? 'Yes' : 'No');
  return rows;
}

import type { OwnScheduleFragment } from '../gql/graphql';
import { boxOfScheduleField, formFromSchedule, hoursBox, overrideDateBox, overrideRangeBox, scheduleDifferences, scheduleFieldMessage, scheduleInputOf, validateScheduleForm } from './schedule-form';

const saved: OwnScheduleFragment = {
  timeZone: 'Europe/London',
  weeklyHours: [
    { weekday: 'MONDAY', start: '09:00', end: '12:00', formats: null },
    { weekday: 'MONDAY', start: '13:00', end: '17:00', formats: ['ONLINE'] },
    { weekday: 'FRIDAY', start: '18:00', end: '24:00', formats: null },
  ],
  dateOverrides: [
    { date: '2026-12-25', ranges: [] },
    { date: '2026-12-31', ranges: [{ start: '10:00', end: '12:00' }] },
  ],
  bufferBeforeMinutes: 15,
  bufferAfterMinutes: 10,
  minimumNoticeMinutes: 90,
  bookingWindowDays: 30,
  sessionMinutes: 50,
  requiresConfirmation: true,
  cancellationCutoffHours: 48,
  updatedAt: '2026-11-01T09:00:00.000Z',
  version: 4,
};

describe('the schedule form and ScheduleInput', () => {
  it('maps a saved schedule to the form and back to the same input', () => {
    const form = formFromSchedule(saved);
    expect(form.weekly.MONDAY.map((r) => [r.start, r.end, r.formats])).toEqual([
      ['09:00', '12:00', []],
      ['13:00', '17:00', ['ONLINE']],
    ]);
    // A time box cannot show 24:00: midnight at the end of the day is 00:00 in the form.
    expect(form.weekly.FRIDAY[0].end).toBe('00:00');
    expect(form.minimumNoticeHours).toBe('1.5');
    expect(form.overrides.map((o) => o.dayOff)).toEqual([true, false]);
    const { updatedAt: _updatedAt, version: _version, ...input } = saved;
    expect(scheduleInputOf(form)).toEqual(input);
  });

  it('starts from the graph’s defaults, with the listing’s session length, when nothing is saved', () => {
    const form = formFromSchedule(null, 45);
    expect(scheduleInputOf(form)).toEqual({
      timeZone: 'Europe/London',
      weeklyHours: [],
      dateOverrides: [],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 1440,
      bookingWindowDays: 60,
      sessionMinutes: 45,
      requiresConfirmation: false,
      cancellationCutoffHours: 24,
    });
  });

  it('finds the box of a field the graph names by position', () => {
    const form = formFromSchedule(saved);
    const [, secondMonday] = form.weekly.MONDAY;
    const [friday] = form.weekly.FRIDAY;
    const newYearsEve = form.overrides[1];
    expect(boxOfScheduleField('weeklyHours.1.end', form)).toBe(hoursBox(secondMonday.key, 'end'));
    expect(boxOfScheduleField('weeklyHours.2', form)).toBe(hoursBox(friday.key, 'start'));
    expect(boxOfScheduleField('dateOverrides.1.date', form)).toBe(overrideDateBox(newYearsEve.key));
    expect(boxOfScheduleField('dateOverrides.1.ranges.0.end', form)).toBe(overrideRangeBox(newYearsEve.key, newYearsEve.ranges[0].key, 'end'));
    expect(boxOfScheduleField('bufferAfterMinutes', form)).toBe('bufferAfterMinutes');
    expect(scheduleFieldMessage('weeklyHours.2', 'weeklyHours.2 overlaps weeklyHours.1 (the MONDAY hours).')).toBe('These hours overlap other hours on the same day.');
    expect(boxOfScheduleField('cancellationCutoffHours', form)).toBe('cancellationCutoffHours');
    expect(scheduleFieldMessage('cancellationCutoffHours', 'cancellationCutoffHours must be a whole number of hours from 0 to 168.')).toBe(
      'Enter a whole number of hours from 0 to 168 (a week).',
    );
  });

  it('refuses overlapping hours, ends before starts, repeated dates and out-of-range numbers beside their boxes', () => {
    const form = formFromSchedule(saved);
    const [first, second] = form.weekly.MONDAY;
    const [christmas, newYearsEve] = form.overrides;
    const errors = validateScheduleForm({
      ...form,
      weekly: { ...form.weekly, MONDAY: [first, { ...second, start: '11:00' }], TUESDAY: [{ key: 't1', start: '10:00', end: '09:00', formats: [] }] },
      overrides: [christmas, { ...newYearsEve, date: christmas.date }],
      bufferBeforeMinutes: '300',
      minimumNoticeHours: 'soon',
      cancellationCutoffHours: '169',
    });
    expect(errors).toEqual({
      [hoursBox(second.key, 'start')]: 'These hours overlap other hours on the same day.',
      [hoursBox('t1', 'end')]: 'The end must be after the start.',
      [overrideDateBox(newYearsEve.key)]: 'This date is already in the list: give each date once.',
      bufferBeforeMinutes: 'Enter 0 to 240 minutes.',
      minimumNoticeMinutes: 'Enter 0 to 720 hours (30 days).',
      cancellationCutoffHours: 'Enter a whole number of hours from 0 to 168 (a week).',
    });
    expect(validateScheduleForm(form)).toEqual({});
    for (const bad of ['1.5', '-1', '']) expect(validateScheduleForm({ ...form, cancellationCutoffHours: bad })).toHaveProperty('cancellationCutoffHours');
    for (const good of ['0', '168']) expect(validateScheduleForm({ ...form, cancellationCutoffHours: good })).toEqual({});
  });

  it('explains where a schedule saved elsewhere differs from the edits in the form', () => {
    const theirs = formFromSchedule({ ...saved, bufferBeforeMinutes: 30, cancellationCutoffHours: 24, dateOverrides: [] });
    const mine = formFromSchedule(saved);
    mine.weekly.MONDAY = mine.weekly.MONDAY.slice(0, 1);
    expect(scheduleDifferences(theirs, mine)).toEqual([
      { label: 'Monday hours', saved: '09:00–12:00, 13:00–17:00 (A video session)', yours: '09:00–12:00' },
      { label: '25 December 2026', saved: 'Usual hours', yours: 'Day off' },
      { label: '31 December 2026', saved: 'Usual hours', yours: '10:00–12:00' },
      { label: 'Time kept free before a session', saved: '30 min', yours: '15 min' },
      { label: 'Free cancellation ends', saved: '24 h before', yours: '48 h before' },
    ]);
  });
});

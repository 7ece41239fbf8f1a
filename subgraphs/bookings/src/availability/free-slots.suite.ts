import { Weekday } from '../schedules/weekday';
import { SessionFormat } from '@caregraph/vocabulary';
import { freeSlots, type BusyPeriod, type ScheduleRules } from './free-slots';

const weekdays = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY];
const rules = (overrides: Partial<ScheduleRules> = {}): ScheduleRules => ({
  timeZone: 'Europe/London',
  weeklyHours: weekdays.map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  dateOverrides: [],
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minimumNoticeMinutes: 0,
  bookingWindowDays: 366,
  sessionMinutes: 60,
  ...overrides,
});
const ms = Date.parse;
const now = ms('2027-01-04T00:00:00Z');
/** Slot starts as ISO strings for one UTC day (plus the evening before, for zones ahead of UTC). */
const startsOn = (schedule: ScheduleRules, from: string, to: string, busy: BusyPeriod[] = [], format?: SessionFormat) =>
  freeSlots(schedule, busy, { from: ms(from), to: ms(to), now, format }).map((s) => new Date(s.startsAt).toISOString().slice(0, 16));
const hours = (day: string, ...h: number[]) => h.map((x) => `${day}T${String(x).padStart(2, '0')}:00`);

describe('free slots across the daylight-saving changes (Europe/London, 09:00–17:00)', () => {
  it('is 09:00–17:00Z on the Friday before the last Sunday of March, 08:00–16:00Z on the Monday after', () => {
    expect(startsOn(rules(), '2027-03-26T00:00Z', '2027-03-27T00:00Z')).toEqual(hours('2027-03-26', 9, 10, 11, 12, 13, 14, 15, 16));
    expect(startsOn(rules(), '2027-03-29T00:00Z', '2027-03-30T00:00Z')).toEqual(hours('2027-03-29', 8, 9, 10, 11, 12, 13, 14, 15));
  });

  it('is 08:00–16:00Z on the Friday before the last Sunday of October, 09:00–17:00Z on the Monday after', () => {
    expect(startsOn(rules(), '2027-10-29T00:00Z', '2027-10-30T00:00Z')).toEqual(hours('2027-10-29', 8, 9, 10, 11, 12, 13, 14, 15));
    expect(startsOn(rules(), '2027-11-01T00:00Z', '2027-11-02T00:00Z')).toEqual(hours('2027-11-01', 9, 10, 11, 12, 13, 14, 15, 16));
  });

  it('gives the real length of a night that spans a change: 00:00–04:00 local is 3 hours in March, 5 in October', () => {
    const night = rules({ weeklyHours: [{ weekday: Weekday.SUNDAY, start: '00:00', end: '04:00' }] });
    expect(startsOn(night, '2027-03-27T12:00Z', '2027-03-28T12:00Z')).toEqual(hours('2027-03-28', 0, 1, 2));
    expect(startsOn(night, '2027-10-30T12:00Z', '2027-10-31T12:00Z')).toEqual(['2027-10-30T23:00', ...hours('2027-10-31', 0, 1, 2, 3)]);
  });
});

describe('free slots', () => {
  const monday = '2027-01-11';
  const day = (d = monday) => [`${d}T00:00Z`, `${d}T23:59Z`] as const;

  it('leaves out existing bookings widened by their buffers, and keeps each slot clear of its own buffers', () => {
    const busy = [{ from: ms(`${monday}T10:45Z`), until: ms(`${monday}T12:15Z`) }];
    expect(startsOn(rules(), ...day(), busy)).toEqual(hours(monday, 9, 13, 14, 15, 16));
    // With 30 minutes either side, sessions are two hours apart from the range start: 09, 11, 13, 15.
    const buffered = rules({ bufferBeforeMinutes: 30, bufferAfterMinutes: 30 });
    expect(startsOn(buffered, ...day())).toEqual(hours(monday, 9, 11, 13, 15));
    expect(startsOn(buffered, ...day(), [{ from: ms(`${monday}T14:45Z`), until: ms(`${monday}T15:00Z`) }])).toEqual(hours(monday, 9, 11, 13));
  });

  it('applies date overrides: other hours, or a day off', () => {
    const schedule = rules({
      dateOverrides: [
        { date: monday, ranges: [{ start: '13:00', end: '15:00' }] },
        { date: '2027-01-12', ranges: [] },
      ],
    });
    expect(startsOn(schedule, ...day())).toEqual(hours(monday, 13, 14));
    expect(startsOn(schedule, ...day('2027-01-12'))).toEqual([]);
  });

  it('honours the minimum notice and the booking window', () => {
    const notice = rules({ minimumNoticeMinutes: 7 * 24 * 60 + 12 * 60 });
    expect(startsOn(notice, ...day())).toEqual(hours(monday, 12, 13, 14, 15, 16));
    const window = rules({ bookingWindowDays: 7 });
    expect(startsOn(window, ...day())).toEqual([]);
    expect(startsOn(window, ...day('2027-01-08'))).toHaveLength(8);
  });

  it('offers a range only for its formats when the range names them', () => {
    const schedule = rules({ weeklyHours: [{ weekday: Weekday.MONDAY, start: '09:00', end: '11:00', formats: [SessionFormat.ONLINE] }] });
    expect(startsOn(schedule, ...day(), [], SessionFormat.ONLINE)).toEqual(hours(monday, 9, 10));
    expect(startsOn(schedule, ...day(), [], SessionFormat.HOME_VISIT)).toEqual([]);
    expect(startsOn(schedule, ...day())).toEqual(hours(monday, 9, 10));
  });

  it('uses other zones: 09:00 in New York is 14:00Z in January', () => {
    expect(startsOn(rules({ timeZone: 'America/New_York' }), ...day())).toEqual(hours(monday, 14, 15, 16, 17, 18, 19, 20, 21));
  });

  it('stops at the limit', () => {
    expect(freeSlots(rules(), [], { from: ms(`${monday}T00:00Z`), to: ms('2027-02-01T00:00Z'), now, limit: 1 })).toEqual([
      { startsAt: ms(`${monday}T09:00Z`), endsAt: ms(`${monday}T10:00Z`) },
    ]);
  });
});

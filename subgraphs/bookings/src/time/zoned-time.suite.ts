import { addDays, isValidTimeZone, isoWeekday, localDateOf, offsetAt, parseClockTime, parseLocalDate, zonedToInstant } from './zoned-time';

const iso = (instant: number) => new Date(instant).toISOString();
const at = (date: string, minutes: number, zone = 'Europe/London') => iso(zonedToInstant(parseLocalDate(date)!, minutes, zone));

describe('zonedToInstant', () => {
  // 2027: clocks go forward on Sunday 28 March at 01:00 GMT, back on Sunday 31 October at 02:00 BST.
  it('reads London winter time as UTC and summer time as UTC+1', () => {
    expect(at('2027-03-26', 9 * 60)).toBe('2027-03-26T09:00:00.000Z');
    expect(at('2027-03-29', 9 * 60)).toBe('2027-03-29T08:00:00.000Z');
    expect(at('2027-10-29', 9 * 60)).toBe('2027-10-29T08:00:00.000Z');
    expect(at('2027-11-01', 9 * 60)).toBe('2027-11-01T09:00:00.000Z');
  });

  it('handles the hours around the spring change: 01:00–02:00 never happens', () => {
    expect(at('2027-03-28', 0)).toBe('2027-03-28T00:00:00.000Z');
    expect(at('2027-03-28', 59)).toBe('2027-03-28T00:59:00.000Z');
    // 01:30 does not exist: moved forward by the gap, to 02:30 BST.
    expect(at('2027-03-28', 90)).toBe('2027-03-28T01:30:00.000Z');
    expect(at('2027-03-28', 120)).toBe('2027-03-28T01:00:00.000Z');
    expect(at('2027-03-28', 24 * 60)).toBe('2027-03-28T23:00:00.000Z');
  });

  it('handles the hour that happens twice in autumn by taking the first', () => {
    expect(at('2027-10-31', 0)).toBe('2027-10-30T23:00:00.000Z');
    expect(at('2027-10-31', 90)).toBe('2027-10-31T00:30:00.000Z');
    expect(at('2027-10-31', 120)).toBe('2027-10-31T02:00:00.000Z');
    expect(at('2027-10-31', 24 * 60)).toBe('2027-11-01T00:00:00.000Z');
  });

  it('works for other zones, half-hour offsets and the southern hemisphere', () => {
    expect(at('2027-03-14', 3 * 60, 'America/New_York')).toBe('2027-03-14T07:00:00.000Z');
    expect(at('2027-07-01', 9 * 60, 'Asia/Kolkata')).toBe('2027-07-01T03:30:00.000Z');
    expect(at('2027-01-15', 9 * 60, 'Australia/Sydney')).toBe('2027-01-14T22:00:00.000Z');
    expect(at('2027-07-15', 9 * 60, 'Australia/Sydney')).toBe('2027-07-14T23:00:00.000Z');
  });
});

describe('offsets and local dates', () => {
  it('gives the offset in force at an instant', () => {
    expect(offsetAt(Date.parse('2027-03-28T00:59:59Z'), 'Europe/London')).toBe(0);
    expect(offsetAt(Date.parse('2027-03-28T01:00:00Z'), 'Europe/London')).toBe(3_600_000);
    expect(offsetAt(Date.parse('2027-10-31T00:59:59Z'), 'Europe/London')).toBe(3_600_000);
    expect(offsetAt(Date.parse('2027-10-31T01:00:00Z'), 'Europe/London')).toBe(0);
  });

  it('gives the calendar date in the zone', () => {
    expect(localDateOf(Date.parse('2027-07-01T23:30:00Z'), 'Europe/London')).toEqual({ year: 2027, month: 7, day: 2 });
    expect(localDateOf(Date.parse('2027-01-01T23:30:00Z'), 'Europe/London')).toEqual({ year: 2027, month: 1, day: 1 });
  });
});

describe('calendar helpers', () => {
  it('validates zones, dates and clock times', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Europe/Londres')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(parseLocalDate('2027-02-29')).toBeNull();
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('28/03/2027')).toBeNull();
    expect(parseClockTime('09:30')).toBe(570);
    expect(parseClockTime('24:00')).toBe(1440);
    expect(parseClockTime('24:30')).toBeNull();
    expect(parseClockTime('9:30')).toBeNull();
  });

  it('counts weekdays and days across month ends', () => {
    expect(isoWeekday({ year: 2027, month: 3, day: 28 })).toBe(7);
    expect(isoWeekday({ year: 2027, month: 3, day: 29 })).toBe(1);
    expect(addDays({ year: 2027, month: 2, day: 28 }, 1)).toEqual({ year: 2027, month: 3, day: 1 });
  });
});

describe('the per-hour offset cache', () => {
  /** The offset and date as the zone database gives them, without any cache. */
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const formatter = (timeZone: string) =>
    formatters.get(timeZone) ??
    formatters.set(timeZone, new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })).get(timeZone)!;
  const reference = (instant: number, timeZone: string) => {
    const parts = Object.fromEntries(
      formatter(timeZone)
        .formatToParts(new Date(instant))
        .filter((part) => part.type !== 'literal')
        .map((part) => [part.type, Number(part.value)]),
    );
    const offset = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(instant / 1000) * 1000;
    return { offset, date: { year: parts.year, month: parts.month, day: parts.day } };
  };
  const everyFiveMinutes = (from: string, to: string) => {
    const instants: number[] = [];
    for (let t = Date.parse(from); t <= Date.parse(to); t += 5 * 60_000) instants.push(t, t + 59_999);
    return instants;
  };

  it.each([
    // London: forward at 01:00Z on 28 March, back at 01:00Z on 31 October 2027.
    ['Europe/London', '2027-03-27T20:00:00Z', '2027-03-28T06:00:00Z'],
    ['Europe/London', '2027-10-30T20:00:00Z', '2027-10-31T06:00:00Z'],
    // Lord Howe changes by half an hour, at half past a UTC hour (15:30Z on 2 October 2027).
    ['Australia/Lord_Howe', '2027-10-02T12:00:00Z', '2027-10-02T19:00:00Z'],
    ['Australia/Lord_Howe', '2027-04-03T12:00:00Z', '2027-04-03T19:00:00Z'],
    ['America/St_Johns', '2027-03-14T02:00:00Z', '2027-03-14T08:00:00Z'],
    ['Asia/Kathmandu', '2027-06-30T20:00:00Z', '2027-07-01T02:00:00Z'],
  ])('gives what the zone database gives in %s from %s to %s, read forwards and backwards', (timeZone, from, to) => {
    const instants = everyFiveMinutes(from, to);
    for (const instant of [...instants.slice().reverse(), ...instants]) {
      const expected = reference(instant, timeZone);
      expect([instant, offsetAt(instant, timeZone)]).toEqual([instant, expected.offset]);
      expect([instant, localDateOf(instant, timeZone)]).toEqual([instant, expected.date]);
    }
  });

  it('keeps the London change to the second, on both sides, however the hour was first read', () => {
    // The hour before the spring change read from its end first, then its start: both GMT.
    expect(offsetAt(Date.parse('2027-03-28T00:59:59.999Z'), 'Europe/London')).toBe(0);
    expect(offsetAt(Date.parse('2027-03-28T00:00:00Z'), 'Europe/London')).toBe(0);
    expect(offsetAt(Date.parse('2027-03-28T01:00:00Z'), 'Europe/London')).toBe(3_600_000);
    expect(offsetAt(Date.parse('2027-10-31T00:59:59.999Z'), 'Europe/London')).toBe(3_600_000);
    expect(offsetAt(Date.parse('2027-10-31T01:00:00Z'), 'Europe/London')).toBe(0);
  });

  it('changes mid-hour where a zone does (Lord Howe, +10:30 to +11 at 15:30Z)', () => {
    expect(offsetAt(Date.parse('2027-10-02T15:29:59Z'), 'Australia/Lord_Howe')).toBe(10.5 * 3_600_000);
    expect(offsetAt(Date.parse('2027-10-02T15:30:00Z'), 'Australia/Lord_Howe')).toBe(11 * 3_600_000);
    expect(offsetAt(Date.parse('2027-10-02T15:00:00Z'), 'Australia/Lord_Howe')).toBe(10.5 * 3_600_000);
  });
});

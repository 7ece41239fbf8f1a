// The UK formats every app shows: money from pence, and instants in UK time across the clocks changing.
import { formatDate, formatDateTime, formatMoney, formatSession, formatTime, groupByDay, ukDayKey } from './uk-format';

describe('money from pence', () => {
  it.each([
    [7500, '£75.00'],
    [7550, '£75.50'],
    [5, '£0.05'],
    [0, '£0.00'],
    [123456, '£1,234.56'],
  ])('%i pence is %s', (pence, text) => {
    expect(formatMoney(pence, 'GBP')).toBe(text);
  });
});

describe('UK dates and times', () => {
  it('shows an instant in UK time across the clocks changing (GMT in winter, BST in summer)', () => {
    expect(formatTime('2026-01-15T09:00:00.000Z')).toBe('09:00');
    expect(formatTime('2026-03-29T09:00:00.000Z')).toBe('10:00'); // BST from 01:00 UTC that day
    expect(formatDateTime('2026-07-01T13:30:00.000Z')).toBe('Wednesday 1 July 2026 at 14:30');
  });

  it('puts a late-evening session in summer on the next UK day', () => {
    expect(ukDayKey('2026-06-30T23:30:00.000Z')).toBe('2026-07-01');
    expect(ukDayKey('2026-12-31T23:30:00.000Z')).toBe('2026-12-31');
  });

  it('writes dates in UK order, a calendar date without shifting it by a zone', () => {
    expect(formatDate('2034-03-31')).toBe('31 March 2034');
    expect(formatDate('2034-03-31T22:30:00.000Z')).toBe('31 March 2034');
  });

  it('describes a session with its day, start and end', () => {
    expect(formatSession('2026-12-01T10:00:00.000Z', '2026-12-01T11:00:00.000Z')).toBe('Tuesday 1 December 2026, 10:00 to 11:00');
  });

  it('groups free times by UK day, in order', () => {
    const slots = [
      { startsAt: '2026-06-30T08:00:00.000Z' },
      { startsAt: '2026-06-30T15:00:00.000Z' },
      { startsAt: '2026-06-30T23:30:00.000Z' },
      { startsAt: '2026-07-01T08:00:00.000Z' },
    ];
    expect(groupByDay(slots).map((g) => [g.day, g.slots.length])).toEqual([
      ['2026-06-30', 2],
      ['2026-07-01', 2],
    ]);
  });
});

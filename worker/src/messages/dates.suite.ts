import { formatLondonTime } from './dates';

describe('formatLondonTime', () => {
  it('says 10:00 for a 10:00 London session in summer (BST, 09:00 UTC)', () => {
    expect(formatLondonTime('2026-07-14T09:00:00.000Z')).toBe('Tuesday 14 July at 10:00');
  });

  it('says 10:00 for a 10:00 London session in winter (GMT, 10:00 UTC)', () => {
    expect(formatLondonTime('2026-12-08T10:00:00.000Z')).toBe('Tuesday 8 December at 10:00');
  });

  it('reads an instant written with an offset the same as its UTC form', () => {
    expect(formatLondonTime('2026-07-14T11:00:00+02:00')).toBe('Tuesday 14 July at 10:00');
  });

  it('uses the 24-hour clock with a leading zero, and London midnight on the right day', () => {
    expect(formatLondonTime('2026-03-02T08:05:00Z')).toBe('Monday 2 March at 08:05');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(formatLondonTime('2026-06-30T23:30:00Z')).toBe('Wednesday 1 July at 00:30');
  });

  it('is right either side of the clocks going forward (29 March 2026, 01:00 UTC)', () => {
    expect(formatLondonTime('2026-03-29T00:30:00Z')).toBe('Sunday 29 March at 00:30');
    expect(formatLondonTime('2026-03-29T01:30:00Z')).toBe('Sunday 29 March at 02:30');
  });

  it.each([undefined, null, '', '   ', 'not a date', '2026-13-45T99:00:00Z', 42, true, {}, []])('gives nothing for %p', (value) => {
    expect(formatLondonTime(value)).toBeUndefined();
  });
});

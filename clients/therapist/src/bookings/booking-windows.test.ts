import { outcomeWindow, requestWindow, weekWindow } from './booking-windows';
import { weekDays } from './session-rules';

describe('booking windows', () => {
  it('asks for requests still to come and started sessions without an outcome, earliest first', () => {
    const now = '2026-12-04T15:00:00.000Z';
    expect(requestWindow(now)).toEqual({ filter: { statuses: ['REQUESTED'], startsFrom: now }, earliestFirst: true });
    expect(outcomeWindow(now)).toEqual({ filter: { statuses: ['CONFIRMED'], startsBefore: now }, earliestFirst: true });
  });

  it('covers a whole UK week, in winter and in summer time, within the graph’s 93-day limit', () => {
    const winter = weekWindow(weekDays(new Date('2026-12-04T12:00:00Z')));
    expect(winter.filter).toEqual({ startsFrom: '2026-11-29T23:00:00.000Z', startsBefore: '2026-12-07T00:00:00.000Z' });
    // Monday 00:00 in British Summer Time is Sunday 23:00 UTC: the window starts no later.
    const summer = weekWindow(weekDays(new Date('2026-07-15T12:00:00Z')));
    expect(summer.filter).toEqual({ startsFrom: '2026-07-12T23:00:00.000Z', startsBefore: '2026-07-20T00:00:00.000Z' });
  });
});

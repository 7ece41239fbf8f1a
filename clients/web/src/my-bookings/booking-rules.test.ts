import { availabilityWindow, newIdempotencyKey } from '../booking/availability-window';
import { cancellationPolicyText, freeCancellationEnded, hoursInWords } from '../booking/cancellation-policy';
import { canReschedule, isUpcoming, splitBookings } from './booking-rules';

const now = Date.parse('2026-12-01T12:00:00.000Z');
const at = (hoursFromNow: number) => new Date(now + hoursFromNow * 3_600_000).toISOString();

describe('what a client may still do with a booking', () => {
  it('may cancel or move a requested or confirmed session that has not started', () => {
    expect(isUpcoming({ status: 'CONFIRMED', startsAt: at(2) }, now)).toBe(true);
    expect(isUpcoming({ status: 'REQUESTED', startsAt: at(48) }, now)).toBe(true);
    expect(isUpcoming({ status: 'CONFIRMED', startsAt: at(-1) }, now)).toBe(false);
    expect(isUpcoming({ status: 'CANCELLED', startsAt: at(48) }, now)).toBe(false);
  });

  it('may move a session at most twice', () => {
    expect(canReschedule({ status: 'CONFIRMED', startsAt: at(48), movesLeft: 1 }, now)).toBe(true);
    expect(canReschedule({ status: 'CONFIRMED', startsAt: at(48), movesLeft: 0 }, now)).toBe(false);
  });

  it("is warned that cancelling after the booking's own free-cancellation time is late, not a minute before", () => {
    expect(freeCancellationEnded({ freeCancellationUntil: at(-1) }, now)).toBe(true);
    expect(freeCancellationEnded({ freeCancellationUntil: at(0) }, now)).toBe(false);
    expect(freeCancellationEnded({ freeCancellationUntil: at(1) }, now)).toBe(false);
  });

  it("is told the therapist's policy in words before booking", () => {
    expect(hoursInWords(1)).toBe('1 hour');
    expect(hoursInWords(24)).toBe('24 hours');
    expect(hoursInWords(72)).toBe('72 hours (3 days)');
    expect(cancellationPolicyText(48)).toBe('You can cancel up to 48 hours (2 days) before the session starts. Cancelling later is recorded as a late cancellation.');
    expect(cancellationPolicyText(0)).toMatch(/at any time before the session starts/);
  });

  it('sees upcoming sessions soonest first, the rest as the graph lists them', () => {
    const list = [
      { id: 'later', status: 'CONFIRMED' as const, startsAt: at(72) },
      { id: 'soon', status: 'REQUESTED' as const, startsAt: at(24) },
      { id: 'past', status: 'COMPLETED' as const, startsAt: at(-24) },
      { id: 'off', status: 'CANCELLED' as const, startsAt: at(-48) },
    ];
    const { upcoming, past } = splitBookings(list, now);
    expect(upcoming.map((b) => b.id)).toEqual(['soon', 'later']);
    expect(past.map((b) => b.id)).toEqual(['past', 'off']);
  });
});

describe('asking for free times and booking them', () => {
  it('asks for the same two weeks throughout an hour, so the cached answer is reused', () => {
    expect(availabilityWindow(Date.parse('2026-12-01T12:05:00Z'))).toEqual(availabilityWindow(Date.parse('2026-12-01T12:55:00Z')));
    expect(availabilityWindow(Date.parse('2026-12-01T12:05:00Z'), 1)).toEqual({ from: '2026-12-15T12:00:00.000Z', to: '2026-12-29T12:00:00.000Z' });
  });

  it('makes a fresh v4 UUID for each booking request', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { Weekday } from '../schedules/weekday';
import { bookingsSubgraph } from '../subgraph';
import type { TherapistFacts } from '../booking-request/therapist-facts';
import { expectNothingClinical, noticeCount, noticesFor } from '../test/outbox';
import { makeSchedule } from '../test/schedule-factory';

// The therapists subgraph, reached through the gateway, is this subgraph's outside world: its answer is fixed here.
jest.mock('../booking-request/therapist-facts', () => ({
  therapistFacts: async (_ctx: unknown, _id: string, postcode: string | null): Promise<TherapistFacts> => ({
    status: 'APPROVED', listed: true, sessionFormats: ['ONLINE', 'HOME_VISIT'], fee: { amountPence: 6500, currency: 'GBP' },
    sessionMinutes: 60, travelRadiusKm: 10, clientHasHealthDataConsent: true, coversPostcode: postcode === null ? null : postcode.startsWith('LS'),
  } as TherapistFacts),
}));

const CREATE = `mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id status } }`;
const HOUR = 3_600_000;
const NOTE = 'Struggling with stairs since the stroke.';

describe('the notices of a new booking (outbox)', () => {
  let subgraph: TestSubgraph;
  const client: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const open = randomUUID();
  const confirming = randomUUID();
  const always = { timeZone: 'UTC', minimumNoticeMinutes: 60, weeklyHours: Object.values(Weekday).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) };
  const slot = (hoursAhead: number) => new Date((Math.floor(Date.now() / HOUR) + hoursAhead) * HOUR).toISOString();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    makeSchedule(em, open, always);
    makeSchedule(em, confirming, { ...always, requiresConfirmation: true });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  const book = (input: Record<string, unknown>, key: string = randomUUID()) =>
    subgraph.request<{ createBooking: { id: string; status: string } }>(CREATE, { input: { therapistId: open, format: 'ONLINE', referralSource: 'GP', ...input }, key }, client);
  const notices = (id: string) => noticesFor(subgraph.db.orm, id);

  it('asks the therapist to confirm a request, saying nothing of the note or the postcode', async () => {
    const startsAt = slot(48);
    const result = await book({ therapistId: confirming, startsAt, format: 'HOME_VISIT', postcode: 'ls6 2ab', note: NOTE });
    const { id, status } = result.data!.createBooking;
    expect(status).toBe('REQUESTED');
    const [notice, ...more] = await notices(id);
    expect(more).toEqual([]);
    expect(notice).toEqual({
      kind: 'booking.requested',
      payload: { recipients: [{ kind: 'therapist', therapistId: confirming }], facts: { bookingId: id, therapistId: confirming, startsAt, format: 'HOME_VISIT', status: 'REQUESTED' } },
    });
    expectNothingClinical(notice, [NOTE, 'LS6', 'stroke', client.userId!]);
  });

  it('tells the therapist of a booking that needed no confirmation, and the client that it is confirmed', async () => {
    const startsAt = slot(50);
    const { id, status } = (await book({ startsAt, note: NOTE })).data!.createBooking;
    expect(status).toBe('CONFIRMED');
    const facts = { bookingId: id, therapistId: open, startsAt, format: 'ONLINE' };
    // Both are written in one transaction, possibly in the same millisecond: compared in kind order.
    const stored = (await notices(id)).sort((a, b) => a.kind.localeCompare(b.kind));
    expect(stored).toEqual([
      { kind: 'booking.confirmed', payload: { recipients: [{ kind: 'user', userId: client.userId, role: 'CLIENT' }], facts } },
      { kind: 'booking.requested', payload: { recipients: [{ kind: 'therapist', therapistId: open }], facts: { ...facts, status: 'CONFIRMED' } } },
    ]);
    stored.forEach((notice) => expectNothingClinical(notice, [NOTE]));
  });

  it('records the notices once for a replayed request, and for 50 identical requests at once', async () => {
    const key = randomUUID();
    const first = await book({ therapistId: confirming, startsAt: slot(60) }, key);
    const again = await book({ therapistId: confirming, startsAt: slot(60) }, key);
    expect(again.data?.createBooking.id).toBe(first.data?.createBooking.id);
    expect((await notices(first.data!.createBooking.id)).map((n) => n.kind)).toEqual(['booking.requested']);

    const raceKey = randomUUID();
    const results = await Promise.all(Array.from({ length: 50 }, () => book({ therapistId: confirming, startsAt: slot(70) }, raceKey)));
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    const ids = new Set(results.map((r) => r.data!.createBooking.id));
    expect(ids.size).toBe(1);
    expect((await notices([...ids][0])).map((n) => n.kind)).toEqual(['booking.requested']);
  });

  it('records nothing for a refused or conflicting request: one notice when 20 clients race for one time', async () => {
    const before = await noticeCount(subgraph.db.orm);
    expect((await book({ startsAt: slot(-24) })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await book({ startsAt: slot(110), format: 'HOME_VISIT', postcode: 'YO1 7HH' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await noticeCount(subgraph.db.orm)).toBe(before);

    const results = await Promise.all(Array.from({ length: 20 }, () => book({ therapistId: confirming, startsAt: slot(80) })));
    const winners = results.filter((r) => r.data?.createBooking);
    expect(winners).toHaveLength(1);
    // The losers' codes in full, so that a failure says what they were told instead.
    expect(results.filter((r) => !r.data?.createBooking).map((r) => r.errors?.[0].extensions?.code ?? r.errors?.[0].message)).toEqual(Array(19).fill('BOOKING_CONFLICT'));
    expect(await noticeCount(subgraph.db.orm)).toBe(before + 1);
    expect((await notices(winners[0].data!.createBooking.id)).map((n) => n.kind)).toEqual(['booking.requested']);
  });
});

import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { Booking } from '../bookings/booking.entity';
import type { TherapistFacts } from '../booking-request/therapist-facts';
import { Weekday } from '../schedules/weekday';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { noticesFor } from '../test/outbox';

// The graph is this subgraph's outside world: who owns which listing, and the listing's facts at booking time, are set here.
const owners = new Map<string, string>();
jest.mock('../graph/caller-therapist', () => ({
  callerTherapistId: (ctx: { caller: Caller }) => Promise.resolve(owners.get(ctx.caller.userId ?? '') ?? null),
}));
const FACTS: Omit<TherapistFacts, 'coversPostcode'> = {
  status: 'APPROVED', listed: true, sessionFormats: ['ONLINE'] as TherapistFacts['sessionFormats'], fee: { amountPence: 6500, currency: 'GBP' },
  sessionMinutes: 60, travelRadiusKm: null, clientHasHealthDataConsent: true,
};
jest.mock('../booking-request/therapist-facts', () => ({ therapistFacts: async () => ({ ...FACTS, coversPostcode: null }) }));

const HOUR = 3_600_000;
const BOOKING = 'id startsAt freeCancellationUntil lateCancellation cancelledBy rescheduleCount';
const SET = `mutation($id: ID!, $input: ScheduleInput!) { setTherapistSchedule(therapistId: $id, input: $input) { cancellationCutoffHours version } }`;
const CREATE = `mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { ${BOOKING} } }`;
const POLICY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Therapist { cancellationPolicy { freeCancellationHours } } } }`;

describe("each therapist's cancellation policy, and the cut-off a booking keeps", () => {
  let subgraph: TestSubgraph;
  const listing = randomUUID();
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const client: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const hour = (n: number) => new Date((Math.floor(Date.now() / HOUR) + n) * HOUR);
  const always = { timeZone: 'UTC', minimumNoticeMinutes: 60, weeklyHours: Object.values(Weekday).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    owners.set(therapist.userId!, listing);
  });
  afterAll(() => subgraph.stop());
  afterEach(() => jest.restoreAllMocks());

  const setPolicy = async (hours: number) => {
    const result = await subgraph.request<{ setTherapistSchedule: { cancellationCutoffHours: number } }>(SET, { id: listing, input: { ...always, cancellationCutoffHours: hours } }, therapist);
    expect(result.errors).toBeUndefined();
    expect(result.data?.setTherapistSchedule.cancellationCutoffHours).toBe(hours);
  };
  const book = async (hoursAhead: number) => {
    const input = { therapistId: listing, startsAt: hour(hoursAhead).toISOString(), format: 'ONLINE', referralSource: 'SELF' };
    const result = await subgraph.request<{ createBooking: Record<string, string> }>(CREATE, { input, key: randomUUID() }, client);
    expect(result.errors).toBeUndefined();
    return result.data!.createBooking;
  };
  const cancel = (id: string, caller = client) =>
    subgraph.request<{ cancelBooking: Record<string, unknown> }>(`mutation($id: ID!) { cancelBooking(id: $id, reason: "Unwell.") { ${BOOKING} } }`, { id }, caller);
  const policy = async (id = listing, caller: Caller = { userId: null, roles: [] }) =>
    (await subgraph.request<{ _entities: Array<{ cancellationPolicy: { freeCancellationHours: number } | null }> }>(POLICY, { r: [{ __typename: 'Therapist', id }] }, caller)).data?._entities[0].cancellationPolicy;
  const lateFact = async (id: string) => (await noticesFor(subgraph.db.orm, id)).find((n) => n.kind === 'booking.cancelled')?.payload.facts.late;

  /** A booking of `client` made directly, `startsAt` given, under a cut-off of `cutoffHours`. */
  const stored = async (startsAt: Date, cutoffHours: number) => {
    const em = subgraph.db.orm.em.fork();
    const b = makeBooking(em, { clientId: client.userId!, therapistId: listing, startsAt });
    b.cancellationCutoffHours = cutoffHours;
    await em.flush();
    return b.id;
  };

  it('shows the policy to anyone before booking, null while the therapist has no schedule', async () => {
    expect(await policy()).toBeNull();
    await setPolicy(48);
    expect(await policy()).toEqual({ freeCancellationHours: 48 });
    expect(await policy(listing, client)).toEqual({ freeCancellationHours: 48 });
    expect(await policy(randomUUID())).toBeNull();
  });

  it('keeps the cut-off in force at booking time, whatever the therapist changes later', async () => {
    await setPolicy(72);
    const booked = await book(60);
    // Booked 60 hours ahead under 72 hours: free cancellation had already ended when it was made.
    expect(booked.freeCancellationUntil).toBe(hour(60 - 72).toISOString());
    await setPolicy(24);
    expect(await policy()).toEqual({ freeCancellationHours: 24 });
    const read = await subgraph.request<{ booking: Record<string, string> }>(`query($id: ID!) { booking(id: $id) { freeCancellationUntil } }`, { id: booked.id }, client);
    expect(read.data?.booking.freeCancellationUntil).toBe(hour(60 - 72).toISOString());
    // Under today's 24 hours it would be free; under its own 72 it is late, for the record and in the notice.
    expect((await cancel(booked.id)).data?.cancelBooking).toMatchObject({ cancelledBy: 'CLIENT', lateCancellation: true });
    expect(await lateFact(booked.id)).toBe(true);
    expect((await subgraph.db.orm.em.fork().findOneOrFail(Booking, { id: booked.id })).cancellationCutoffHours).toBe(72);

    // And the other way: booked under 0 hours, cancelled 5 hours ahead after the policy rose to a week.
    await setPolicy(0);
    const free = await book(5);
    expect(free.freeCancellationUntil).toBe(hour(5).toISOString());
    await setPolicy(168);
    expect((await cancel(free.id)).data?.cancelBooking).toMatchObject({ lateCancellation: false });
    expect(await lateFact(free.id)).toBe(false);
  });

  it('is free up to freeCancellationUntil exactly and late from the next minute', async () => {
    const startsAt = hour(30);
    const [sixHours, sevenHours] = [hour(6).toISOString(), hour(7).toISOString()];
    const [onTime, aMinuteLate] = [await stored(startsAt, 24), await stored(new Date(startsAt.getTime() + HOUR), 24)];
    // "Now" for a request is its first whole minute: cancel at the boundary itself, then a minute after the other's.
    jest.spyOn(Date, 'now').mockReturnValue(startsAt.getTime() - 24 * HOUR);
    const atBoundary = await cancel(onTime);
    expect(atBoundary.data?.cancelBooking).toMatchObject({ freeCancellationUntil: sixHours, lateCancellation: false });
    jest.spyOn(Date, 'now').mockReturnValue(startsAt.getTime() - 23 * HOUR + 60_000);
    const justAfter = await cancel(aMinuteLate);
    expect(justAfter.data?.cancelBooking).toMatchObject({ freeCancellationUntil: sevenHours, lateCancellation: true });
    expect([await lateFact(onTime), await lateFact(aMinuteLate)]).toEqual([false, true]);
  });

  it('never marks a therapist cancelling inside the cut-off as a late cancellation, though the notice says it was short notice', async () => {
    const id = await stored(hour(10), 24);
    expect((await cancel(id, therapist)).data?.cancelBooking).toMatchObject({ cancelledBy: 'THERAPIST', lateCancellation: false });
    expect(await lateFact(id)).toBe(true);
  });

  it('keeps the cut-off when the session moves: free cancellation moves with the start', async () => {
    await setPolicy(2);
    const id = await stored(hour(200), 48);
    const moved = await subgraph.request<{ rescheduleBooking: Record<string, unknown> }>(
      `mutation($id: ID!, $at: DateTime!) { rescheduleBooking(id: $id, startsAt: $at) { ${BOOKING} } }`,
      { id, at: hour(210).toISOString() },
      client,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.rescheduleBooking).toMatchObject({ rescheduleCount: 1, freeCancellationUntil: hour(210 - 48).toISOString() });
    expect((await subgraph.db.orm.em.fork().findOneOrFail(Booking, { id })).cancellationCutoffHours).toBe(48);
  });

  it('records one late cancellation, and one notice, for 20 identical cancellations at once', async () => {
    const id = await stored(hour(3), 24);
    const results = await Promise.all(Array.from({ length: 20 }, () => cancel(id)));
    expect(results.filter((r) => r.data?.cancelBooking)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    expect(results.find((r) => r.data?.cancelBooking)?.data?.cancelBooking).toMatchObject({ lateCancellation: true });
    expect((await noticesFor(subgraph.db.orm, id)).filter((n) => n.kind === 'booking.cancelled')).toHaveLength(1);
  });
});

import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { Weekday } from '../schedules/weekday';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { makeSchedule } from '../test/schedule-factory';

// Which listing a therapist owns is the therapists subgraph's answer, through the graph: stubbed here.
const owners = new Map<string, string>();
jest.mock('../graph/caller-therapist', () => ({
  callerTherapistId: (ctx: { caller: Caller }) => Promise.resolve(owners.get(ctx.caller.userId ?? '') ?? null),
}));

const HOUR = 3_600_000;
const FIELDS = 'id status startsAt endsAt cancelledBy cancelledAt cancellationReason lateCancellation rescheduleCount note history { action actor fromStatus toStatus previousStartsAt newStartsAt reason }';

describe('the booking lifecycle and who sees what', () => {
  let subgraph: TestSubgraph;
  const listing = randomUUID();
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const otherTherapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const client: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const stranger: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
  const hour = (n: number) => new Date((Math.floor(Date.now() / HOUR) + n) * HOUR);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    owners.set(therapist.userId!, listing);
    owners.set(otherTherapist.userId!, randomUUID());
    const em = subgraph.db.orm.em.fork();
    makeSchedule(em, listing, { timeZone: 'UTC', minimumNoticeMinutes: 60, weeklyHours: Object.values(Weekday).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  /** A booking of `client` with the listing, `hoursAhead` from now. */
  const booking = async (hoursAhead: number, status = BookingStatus.CONFIRMED, note: string | null = 'I find mornings hard.') => {
    const em = subgraph.db.orm.em.fork();
    const b = makeBooking(em, { clientId: client.userId!, therapistId: listing, startsAt: hour(hoursAhead), status });
    b.note = note;
    await em.flush();
    return b.id;
  };
  const step = (mutation: string, args: Record<string, unknown>, caller: Caller) => {
    const params = Object.keys(args).map((k) => `${k}: $${k}`).join(', ');
    const types = Object.keys(args).map((k) => `$${k}: ${k === 'id' ? 'ID!' : k === 'startsAt' ? 'DateTime!' : 'String!'}`).join(', ');
    return subgraph.request<Record<string, Record<string, unknown>>>(`mutation(${types}) { ${mutation}(${params}) { ${FIELDS} } }`, args, caller);
  };
  const code = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0].extensions?.code;

  it('lets the therapist confirm or decline a request, and nobody else', async () => {
    const requested = await booking(48, BookingStatus.REQUESTED);
    expect(code(await step('confirmBooking', { id: requested }, client))).toBe('FORBIDDEN');
    expect(code(await step('confirmBooking', { id: requested }, otherTherapist))).toBe('NOT_FOUND');
    const confirmed = await step('confirmBooking', { id: requested }, therapist);
    expect(confirmed.data?.confirmBooking).toMatchObject({ status: 'CONFIRMED', history: [{ action: 'CONFIRM', actor: 'THERAPIST', fromStatus: 'REQUESTED', toStatus: 'CONFIRMED' }] });
    expect((await step('confirmBooking', { id: requested }, therapist)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'CONFIRMED' });

    const other = await booking(50, BookingStatus.REQUESTED);
    expect((await step('declineBooking', { id: other, reason: ' ' }, therapist)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await step('declineBooking', { id: other, reason: 'Fully booked that week.' }, therapist)).data?.declineBooking).toMatchObject({ status: 'DECLINED' });
  });

  it('records who cancelled and why, and a client cancelling within the default 24-hour cut-off as late', async () => {
    const early = await step('cancelBooking', { id: await booking(72), reason: 'Back at work.' }, client);
    expect(early.data?.cancelBooking).toMatchObject({ status: 'CANCELLED', cancelledBy: 'CLIENT', cancellationReason: 'Back at work.', lateCancellation: false });
    const late = await step('cancelBooking', { id: await booking(5), reason: 'Unwell today.' }, client);
    expect(late.data?.cancelBooking).toMatchObject({ cancelledBy: 'CLIENT', lateCancellation: true });
    const byTherapist = await step('cancelBooking', { id: await booking(6), reason: 'I am ill.' }, therapist);
    expect(byTherapist.data?.cancelBooking).toMatchObject({ cancelledBy: 'THERAPIST', lateCancellation: false });
    expect(code(await step('cancelBooking', { id: await booking(-2), reason: 'Too late.' }, client))).toBe('CONFLICT');
  });

  it('lets the therapist record the outcome only after the start', async () => {
    const future = await booking(30);
    expect((await step('completeBooking', { id: future }, therapist)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'CONFIRMED' });
    expect((await step('completeBooking', { id: await booking(-1) }, therapist)).data?.completeBooking).toMatchObject({ status: 'COMPLETED' });
    expect((await step('markBookingNoShow', { id: await booking(-3) }, therapist)).data?.markBookingNoShow).toMatchObject({ status: 'NO_SHOW' });
    expect(code(await step('markBookingNoShow', { id: await booking(-4) }, client))).toBe('FORBIDDEN');
    expect(code(await step('completeBooking', { id: await booking(-5, BookingStatus.CANCELLED, null) }, therapist))).toBe('CONFLICT');
  });

  it('moves a session to free times at most twice, keeping the history, and never onto a taken time', async () => {
    const id = await booking(100);
    await booking(104);
    const first = await step('rescheduleBooking', { id, startsAt: hour(102).toISOString() }, client);
    expect(first.data?.rescheduleBooking).toMatchObject({ startsAt: hour(102).toISOString(), endsAt: hour(103).toISOString(), rescheduleCount: 1 });
    const taken = await step('rescheduleBooking', { id, startsAt: hour(104).toISOString() }, client);
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BOOKING_CONFLICT', field: 'startsAt' });
    const offGrid = await step('rescheduleBooking', { id, startsAt: new Date(hour(106).getTime() + 1800_000).toISOString() }, client);
    expect(offGrid.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    // Its own current time is not in its way.
    const second = await step('rescheduleBooking', { id, startsAt: hour(103).toISOString() }, therapist);
    expect(second.data?.rescheduleBooking).toMatchObject({ rescheduleCount: 2 });
    expect((second.data?.rescheduleBooking.history as unknown[]).map((h) => (h as { previousStartsAt: string; newStartsAt: string }))).toEqual([
      expect.objectContaining({ action: 'RESCHEDULE', actor: 'CLIENT', previousStartsAt: hour(100).toISOString(), newStartsAt: hour(102).toISOString() }),
      expect.objectContaining({ action: 'RESCHEDULE', actor: 'THERAPIST', previousStartsAt: hour(102).toISOString(), newStartsAt: hour(103).toISOString() }),
    ]);
    const third = await step('rescheduleBooking', { id, startsAt: hour(110).toISOString() }, client);
    expect(third.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', action: 'RESCHEDULE' });
    expect((await subgraph.db.orm.em.fork().findOneOrFail(Booking, { id })).startsAt).toEqual(hour(103));
  });

  it('shows a booking to its client and therapist, to admins without the note or reasons, and to nobody else', async () => {
    const id = await booking(120);
    await step('cancelBooking', { id, reason: 'Moving house.' }, client);
    const read = (caller: Caller) =>
      subgraph.request<{ booking: Record<string, unknown> | null }>(`query($id: ID!) { booking(id: $id) { id note cancellationReason history { reason } } }`, { id }, caller);
    expect((await read(client)).data?.booking).toEqual({ id, note: 'I find mornings hard.', cancellationReason: 'Moving house.', history: [{ reason: 'Moving house.' }] });
    expect((await read(therapist)).data?.booking).toMatchObject({ note: 'I find mornings hard.' });
    expect((await read(admin)).data?.booking).toEqual({ id, note: null, cancellationReason: null, history: [{ reason: null }] });
    expect((await read(stranger)).data?.booking).toBeNull();
    expect((await read(otherTherapist)).data?.booking).toBeNull();
    expect((await read({ userId: null, roles: [] })).data?.booking).toBeNull();
  });

  it("lists a client's bookings to the client and admins, a therapist's to the therapist and admins", async () => {
    const list = (typename: string, id: string, caller: Caller) =>
      subgraph.request(`query($r: [_Any!]!) { _entities(representations: $r) { ... on User { bookings { totalCount } } ... on Therapist { bookings { totalCount } } } }`, { r: [{ __typename: typename, id }] }, caller);
    expect((await list('User', client.userId!, client)).errors).toBeUndefined();
    expect((await list('User', client.userId!, admin)).errors).toBeUndefined();
    expect(code(await list('User', client.userId!, stranger))).toBe('FORBIDDEN');
    expect((await list('Therapist', listing, therapist)).errors).toBeUndefined();
    expect(code(await list('Therapist', listing, otherTherapist))).toBe('FORBIDDEN');
    expect(code(await list('Therapist', listing, client))).toBe('FORBIDDEN');
    expect(code(await list('Therapist', listing, { userId: null, roles: [] }))).toBe('UNAUTHENTICATED');
  });

  it("gives the therapist their upcoming live sessions, soonest first, in two SQL statements", async () => {
    subgraph.db.resetQueries();
    const result = await subgraph.request<{ _entities: Array<{ upcomingBookings: { totalCount: number; edges: Array<{ node: { startsAt: string; status: string } }> } }> }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Therapist { upcomingBookings(first: 100) { totalCount edges { node { startsAt status } } } } } }`,
      { r: [{ __typename: 'Therapist', id: listing }] },
      therapist,
    );
    expect(result.errors).toBeUndefined();
    expect(subgraph.db.queries).toHaveLength(2);
    const { totalCount, edges } = result.data!._entities[0].upcomingBookings;
    const nodes = edges.map((e) => e.node);
    expect(totalCount).toBe(nodes.length);
    expect(nodes.length).toBeGreaterThan(2);
    expect(nodes.every((n) => ['REQUESTED', 'CONFIRMED'].includes(n.status) && Date.parse(n.startsAt) > Date.now())).toBe(true);
    expect(nodes.map((n) => n.startsAt)).toEqual(nodes.map((n) => n.startsAt).sort());
    const live = await subgraph.db.orm.em.fork().count(Booking, { therapistId: listing, status: { $in: [BookingStatus.REQUESTED, BookingStatus.CONFIRMED] }, startsAt: { $gt: new Date() } });
    expect(totalCount).toBe(live);
  });
});

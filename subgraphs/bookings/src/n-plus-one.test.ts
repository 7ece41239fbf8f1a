// No N+1 in the bookings subgraph: every list field, asked for a page (or a batch of entities) of 10
// and of 100 with the per-item fields that touch the database, costs the same number of SQL statements.
import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { BookingStatus } from './bookings/booking-status';
import { bookingsSubgraph } from './subgraph';
import { dailyStarts, makeBooking } from './test/booking-factory';
import { makeSchedule } from './test/schedule-factory';

// Which listing a therapist owns is the therapists subgraph's answer, through the graph: stubbed here.
const owners = new Map<string, string>();
jest.mock('./graph/caller-therapist', () => ({
  callerTherapistId: (ctx: { caller: Caller }) => Promise.resolve(owners.get(ctx.caller.userId ?? '') ?? null),
}));

const ADMIN: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
const CLIENT: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
const THERAPIST: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
const PAGE_SIZES = [10, 100] as const;
const BOOKING = 'id startsAt status fee { amountPence } history { action occurredAt } client { id } therapist { id }';

describe('bookings: SQL statements per list field do not grow with the page', () => {
  let subgraph: TestSubgraph;
  const therapistId = randomUUID();
  const scheduled = Array.from({ length: 100 }, () => randomUUID());
  const clientsListing = randomUUID();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    // 120 sessions still to come, all with one therapist and one client; 100 therapists with schedules.
    const tomorrow = new Date(Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 86_400_000 + 10 * 3_600_000);
    for (const startsAt of dailyStarts(120, tomorrow)) makeBooking(em, { therapistId, clientId: CLIENT.userId!, startsAt });
    for (const id of scheduled) makeSchedule(em, id);
    // 100 clients of another listing, each with a session that took place and one to come.
    owners.set(THERAPIST.userId!, clientsListing);
    for (let i = 0; i < 100; i++) {
      const clientId = randomUUID();
      makeBooking(em, { therapistId: clientsListing, clientId, startsAt: new Date(tomorrow.getTime() - (i + 1) * 3_600_000 * 30), status: BookingStatus.COMPLETED });
      makeBooking(em, { therapistId: clientsListing, clientId, startsAt: new Date(tomorrow.getTime() + i * 3_600_000) });
    }
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  /** Statements spent at each size; `items` picks the list that must hold `size` entries. */
  async function statementsPerSize(query: string, variables: (size: number) => Record<string, unknown>, items: (data: any) => unknown[], caller: Caller) {
    const counts: number[] = [];
    for (const size of PAGE_SIZES) {
      subgraph.db.resetQueries();
      const result = await subgraph.request<any>(query, variables(size), caller);
      expect(result.errors).toBeUndefined();
      expect(items(result.data)).toHaveLength(size);
      counts.push(subgraph.db.queries.length);
    }
    return counts;
  }

  it('User.bookings, with each booking\'s history', async () => {
    const [small, large] = await statementsPerSize(
      `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on User { bookings(first: $first) { totalCount edges { node { ${BOOKING} } } } } } }`,
      (first) => ({ first, r: [{ __typename: 'User', id: CLIENT.userId }] }),
      (d) => d._entities[0].bookings.edges,
      CLIENT,
    );
    expect(large).toBe(small);
  });

  it('Therapist.bookings and Therapist.upcomingBookings', async () => {
    for (const field of ['bookings', 'upcomingBookings']) {
      const [small, large] = await statementsPerSize(
        `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Therapist { ${field}(first: $first) { totalCount edges { node { ${BOOKING} } } } } } }`,
        (first) => ({ first, r: [{ __typename: 'Therapist', id: therapistId }] }),
        (d) => d._entities[0][field].edges,
        ADMIN,
      );
      expect(large).toBe(small);
    }
  });

  it('Therapist.availability and Therapist.schedule for a batch of therapists', async () => {
    const from = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 9 * 86_400_000).toISOString();
    const [small, large] = await statementsPerSize(
      `query($r: [_Any!]!, $from: DateTime!, $to: DateTime!) { _entities(representations: $r) { ... on Therapist { id availability(from: $from, to: $to) { startsAt } schedule { timeZone weeklyHours { weekday start end } dateOverrides { date ranges { start end } } } } } }`,
      (size) => ({ from, to, r: scheduled.slice(0, size).map((id) => ({ __typename: 'Therapist', id })) }),
      (d) => d._entities,
      ADMIN,
    );
    expect(large).toBe(small);
  });

  it('Therapist.bookings narrowed to a window and statuses, earliest first (the workspace agenda)', async () => {
    const filter = { statuses: ['CONFIRMED'], startsFrom: new Date().toISOString(), startsBefore: new Date(Date.now() + 30 * 86_400_000).toISOString() };
    const [small, large] = await statementsPerSize(
      `query($first: Int, $filter: TherapistBookingFilter) { me: _entities(representations: [{ __typename: "Therapist", id: "${clientsListing}" }]) { ... on Therapist { bookings(first: $first, filter: $filter, earliestFirst: true) { totalCount edges { node { ${BOOKING} } } } } } }`,
      (first) => ({ first, filter }),
      (d) => d.me[0].bookings.edges,
      THERAPIST,
    );
    expect(large).toBe(small);
  });

  it("myClients, with each client's next session and its history", async () => {
    const [small, large] = await statementsPerSize(
      `query($first: Int) { myClients(first: $first) { totalCount edges { node { client { id } firstSessionAt lastSessionAt completedSessions upcomingSessions nextSession { ${BOOKING} } } } } }`,
      (first) => ({ first }),
      (d) => d.myClients.edges,
      THERAPIST,
    );
    expect(large).toBe(small);
  });
});

import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { BookingStatus } from './booking-status';

// Which listing a therapist owns is the therapists subgraph's answer, through the graph: stubbed here.
const owners = new Map<string, string>();
jest.mock('../graph/caller-therapist', () => ({
  callerTherapistId: (ctx: { caller: Caller }) => Promise.resolve(owners.get(ctx.caller.userId ?? '') ?? null),
}));

const DAY = 86_400_000;
const BOOKINGS = `query($r: [_Any!]!, $filter: TherapistBookingFilter, $earliestFirst: Boolean, $first: Int) {
  _entities(representations: $r) { ... on Therapist { bookings(filter: $filter, earliestFirst: $earliestFirst, first: $first) { totalCount edges { node { id startsAt status } } } } }
}`;

interface Page {
  totalCount: number;
  edges: Array<{ node: { id: string; startsAt: string; status: string } }>;
}

describe('Therapist.bookings with a filter and an order (the workspace agenda and requests)', () => {
  let subgraph: TestSubgraph;
  const listing = randomUUID();
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const other: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const base = Date.UTC(2027, 0, 4, 10);
  const at = (day: number) => new Date(base + day * DAY);
  const ids: Record<string, string> = {};

  const list = (filter: Record<string, unknown> | null, earliestFirst?: boolean, caller = therapist) =>
    subgraph.request<{ _entities: Array<{ bookings: Page }> }>(BOOKINGS, { r: [{ __typename: 'Therapist', id: listing }], filter, earliestFirst, first: 50 }, caller);
  const starts = (page: Page) => page.edges.map((e) => e.node.startsAt);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    owners.set(therapist.userId!, listing);
    owners.set(other.userId!, randomUUID());
    const em = subgraph.db.orm.em.fork();
    const statuses = [BookingStatus.REQUESTED, BookingStatus.CONFIRMED, BookingStatus.COMPLETED, BookingStatus.DECLINED, BookingStatus.REQUESTED, BookingStatus.CONFIRMED];
    statuses.forEach((status, day) => (ids[`day${day}`] = makeBooking(em, { therapistId: listing, startsAt: at(day), status }).id));
    ids.far = makeBooking(em, { therapistId: listing, startsAt: at(120), status: BookingStatus.REQUESTED }).id;
    makeBooking(em, { startsAt: at(1), status: BookingStatus.REQUESTED }); // another therapist's
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it('lists every booking latest first without a filter, and earliest first when asked', async () => {
    const latest = (await list(null)).data!._entities[0].bookings;
    expect(latest.totalCount).toBe(7);
    expect(starts(latest)).toEqual([120, 5, 4, 3, 2, 1, 0].map((d) => at(d).toISOString()));
    const earliest = (await list(null, true)).data!._entities[0].bookings;
    expect(starts(earliest)).toEqual([0, 1, 2, 3, 4, 5, 120].map((d) => at(d).toISOString()));
  });

  it('keeps only the statuses asked for, and the start window (from inclusive, before exclusive), with a matching total', async () => {
    const requests = (await list({ statuses: ['REQUESTED'] }, true)).data!._entities[0].bookings;
    expect(requests.edges.map((e) => e.node.id)).toEqual([ids.day0, ids.day4, ids.far]);
    expect(requests.totalCount).toBe(3);
    const week = (await list({ startsFrom: at(1).toISOString(), startsBefore: at(5).toISOString(), statuses: ['REQUESTED', 'CONFIRMED'] }, true)).data!._entities[0].bookings;
    expect(week.edges.map((e) => e.node.id)).toEqual([ids.day1, ids.day4]);
    expect(week.totalCount).toBe(2);
    const fromOnly = (await list({ startsFrom: at(5).toISOString() })).data!._entities[0].bookings;
    expect(fromOnly.edges.map((e) => e.node.id)).toEqual([ids.far, ids.day5]);
  });

  it('accepts a window of 93 days and refuses a longer or a backward one, naming filter.startsBefore', async () => {
    expect((await list({ startsFrom: at(0).toISOString(), startsBefore: at(93).toISOString() })).errors).toBeUndefined();
    for (const [from, before] of [[0, 93.01], [5, 5], [5, 1]]) {
      const result = await list({ startsFrom: at(from).toISOString(), startsBefore: at(before).toISOString() });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.startsBefore' });
      expect(result.errors?.[0].message).toMatch(/filter\.startsBefore/);
    }
  });

  it('is still only for the therapist themselves', async () => {
    const result = await list({ statuses: ['REQUESTED'] }, true, other);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

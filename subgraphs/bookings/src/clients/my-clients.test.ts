import type { Caller } from '@caregraph/kernel';
import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { BookingStatus } from '../bookings/booking-status';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';

// Which listing a therapist owns is the therapists subgraph's answer, through the graph: stubbed here.
const owners = new Map<string, string>();
jest.mock('../graph/caller-therapist', () => ({
  callerTherapistId: (ctx: { caller: Caller }) => Promise.resolve(owners.get(ctx.caller.userId ?? '') ?? null),
}));

const HOUR = 3_600_000;
const MY_CLIENTS = `query($first: Int, $after: String) {
  myClients(first: $first, after: $after) {
    totalCount
    edges { cursor node { client { id } firstSessionAt lastSessionAt completedSessions upcomingSessions nextSession { id startsAt status } } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

interface Entry {
  client: { id: string };
  firstSessionAt: string;
  lastSessionAt: string | null;
  completedSessions: number;
  upcomingSessions: number;
  nextSession: { id: string; startsAt: string; status: string } | null;
}
interface Page {
  myClients: { totalCount: number; edges: Array<{ cursor: string; node: Entry }>; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null } };
}

describe("myClients: the clients a therapist has a care relationship with", () => {
  let subgraph: TestSubgraph;
  const listing = randomUUID();
  const otherListing = randomUUID();
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const otherTherapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const unlisted: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const [regular, soonest, noShowOnly, declinedOnly, cancelledOnly, othersOnly] = Array.from({ length: 6 }, () => randomUUID());
  // Two clients with nothing ahead, in id order (the order the list keeps among them).
  const [pastA, pastB] = [randomUUID(), randomUUID()].sort();
  const hour = (n: number) => new Date((Math.floor(Date.now() / HOUR) + n) * HOUR);
  const ids: Record<string, string> = {};

  const clients = (caller: Caller, variables: Record<string, unknown> = {}) => subgraph.request<Page>(MY_CLIENTS, variables, caller);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    owners.set(therapist.userId!, listing);
    owners.set(otherTherapist.userId!, otherListing);
    const em = subgraph.db.orm.em.fork();
    const book = (clientId: string | null, at: number, status: BookingStatus, therapistId = listing) =>
      makeBooking(em, { clientId, therapistId, startsAt: hour(at), status });
    book(regular, -240, BookingStatus.COMPLETED);
    book(regular, -72, BookingStatus.COMPLETED);
    ids.regularNext = book(regular, 48, BookingStatus.REQUESTED).id;
    book(regular, 120, BookingStatus.CONFIRMED);
    book(regular, 30, BookingStatus.CANCELLED);
    book(regular, -30, BookingStatus.CONFIRMED); // Started already, outcome not yet recorded: neither completed nor ahead.
    ids.soonestNext = book(soonest, 24, BookingStatus.CONFIRMED).id;
    book(noShowOnly, -100, BookingStatus.NO_SHOW);
    book(pastA, -150, BookingStatus.COMPLETED);
    book(pastB, -160, BookingStatus.COMPLETED);
    book(declinedOnly, 60, BookingStatus.DECLINED);
    book(cancelledOnly, 70, BookingStatus.CANCELLED);
    book(othersOnly, 80, BookingStatus.CONFIRMED, otherListing);
    book(regular, 90, BookingStatus.CONFIRMED, otherListing);
    // A session kept as a clinical record after its client's account was erased: nobody to list.
    Object.assign(book(null, -500, BookingStatus.COMPLETED), { clientId: null, subjectRef: randomUUID(), retainUntil: new Date('2034-01-01T00:00:00Z') });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it('lists each client with a booking not cancelled or declined once, soonest next session first, then by id', async () => {
    const result = await clients(therapist);
    expect(result.errors).toBeUndefined();
    const page = result.data!.myClients;
    expect(page.totalCount).toBe(5);
    const order = page.edges.map((e) => e.node.client.id);
    expect(order.slice(0, 2)).toEqual([soonest, regular]);
    expect(order.slice(2).sort()).toEqual([noShowOnly, pastA, pastB].sort());
    expect(order.indexOf(pastA)).toBeLessThan(order.indexOf(pastB));
    expect(order).not.toContain(declinedOnly);
    expect(order).not.toContain(cancelledOnly);
    expect(order).not.toContain(othersOnly);
  });

  it('summarises the sessions with this therapist only', async () => {
    const byClient = new Map((await clients(therapist)).data!.myClients.edges.map((e) => [e.node.client.id, e.node]));
    expect(byClient.get(regular)).toEqual({
      client: { id: regular },
      firstSessionAt: hour(-240).toISOString(),
      lastSessionAt: hour(-72).toISOString(),
      completedSessions: 2,
      upcomingSessions: 2,
      nextSession: { id: ids.regularNext, startsAt: hour(48).toISOString(), status: 'REQUESTED' },
    });
    expect(byClient.get(soonest)).toEqual({
      client: { id: soonest },
      firstSessionAt: hour(24).toISOString(),
      lastSessionAt: null,
      completedSessions: 0,
      upcomingSessions: 1,
      nextSession: { id: ids.soonestNext, startsAt: hour(24).toISOString(), status: 'CONFIRMED' },
    });
    expect(byClient.get(noShowOnly)).toMatchObject({ lastSessionAt: null, completedSessions: 0, upcomingSessions: 0, nextSession: null });
  });

  it("never shows another therapist's clients, and is empty for a therapist without a listing", async () => {
    const others = (await clients(otherTherapist)).data!.myClients;
    expect(others.edges.map((e) => e.node.client.id).sort()).toEqual([othersOnly, regular].sort());
    expect(others.edges.find((e) => e.node.client.id === regular)?.node).toMatchObject({ completedSessions: 0, upcomingSessions: 1, firstSessionAt: hour(90).toISOString() });
    expect((await clients(unlisted)).data!.myClients).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('agrees with Therapist.hasCareRelationshipWith (what care-plans asks before a plan is opened) for every client', async () => {
    const listed = new Set((await clients(therapist)).data!.myClients.edges.map((e) => e.node.client.id));
    for (const clientId of [regular, soonest, noShowOnly, pastA, pastB, declinedOnly, cancelledOnly, othersOnly]) {
      const result = await subgraph.request<{ _entities: Array<{ hasCareRelationshipWith: boolean }> }>(
        'query($r: [_Any!]!, $c: ID!) { _entities(representations: $r) { ... on Therapist { hasCareRelationshipWith(clientId: $c) } } }',
        { r: [{ __typename: 'Therapist', id: listing }], c: clientId },
        therapist,
      );
      expect(result.data!._entities[0].hasCareRelationshipWith).toBe(listed.has(clientId));
    }
  });

  it('pages with first and after, and refuses bad bounds naming the argument', async () => {
    const one = (await clients(therapist, { first: 2 })).data!.myClients;
    expect(one.edges.map((e) => e.node.client.id)).toEqual([soonest, regular]);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = (await clients(therapist, { first: 10, after: one.pageInfo.endCursor })).data!.myClients;
    expect(rest.edges).toHaveLength(3);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    for (const variables of [{ first: 0 }, { first: 101 }]) {
      expect((await clients(therapist, variables)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    expect((await clients(therapist, { after: 'nope' })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('refuses clients and admins, and asks anonymous callers to sign in', async () => {
    for (const caller of [{ userId: regular, roles: ['CLIENT'] }, { userId: randomUUID(), roles: ['ADMIN'] }] as Caller[]) {
      const result = await clients(caller);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
    }
    expect((await clients(ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 50 identical requests at once alike', async () => {
    const expected = (await clients(therapist)).data!.myClients;
    const results = await Promise.all(Array.from({ length: 50 }, () => clients(therapist)));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.myClients).toEqual(expected);
    }
  });

  it('drops a client once their only booking is cancelled', async () => {
    const em = subgraph.db.orm.em.fork();
    await em.nativeUpdate('Booking', { id: ids.soonestNext }, { status: BookingStatus.CANCELLED, cancelledAt: new Date(), cancelledBy: 'CLIENT' } as never);
    const order = (await clients(therapist)).data!.myClients.edges.map((e) => e.node.client.id);
    expect(order[0]).toBe(regular);
    expect(order).not.toContain(soonest);
  });
});

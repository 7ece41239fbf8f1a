import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { bookingsSubgraph } from '../subgraph';
import { BookingStatus } from './booking-status';
import { dailyStarts, makeBooking } from '../test/booking-factory';

/** Admins may list anyone's bookings (who else may is tested in booking-access.test.ts). */
const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; startsAt: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const ENTITY_PAGE = `query($r: [_Any!]!, $first: Int, $after: String) {
  _entities(representations: $r) {
    ... on User { bookings(first: $first, after: $after) { ...page } }
    ... on Therapist { bookings(first: $first, after: $after) { ...page } }
  }
}
fragment page on BookingConnection {
  totalCount
  edges { cursor node { id startsAt } }
  pageInfo { hasNextPage hasPreviousPage endCursor }
}`;

describe('User.bookings and Therapist.bookings', () => {
  let subgraph: TestSubgraph;
  // 100 clients with 3 sessions each, all with one of 4 therapists; client 0 has 7 sessions.
  const clients = Array.from({ length: 100 }, () => randomUUID());
  const therapists = Array.from({ length: 4 }, () => randomUUID());

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    clients.forEach((clientId, c) => {
      // Clients of one therapist each get their own week, so no two live sessions of a therapist overlap.
      const starts = dailyStarts(c === 0 ? 7 : 3, new Date(Date.UTC(2026, 2, 2 + 8 * Math.floor(c / 4), 8 + (c % 10))));
      for (const startsAt of starts) makeBooking(em, { clientId, therapistId: therapists[c % 4], startsAt });
    });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  async function pages(typename: 'User' | 'Therapist', ids: string[], variables: { first?: number; after?: string } = {}) {
    const result = await subgraph.request<{ _entities: Array<{ bookings: Page }> }>(ENTITY_PAGE, {
      r: ids.map((id) => ({ __typename: typename, id })),
      ...variables,
    }, admin);
    expect(result.errors).toBeUndefined();
    return result.data!._entities.map((e) => e.bookings);
  }

  async function statementsFor(typename: 'User' | 'Therapist', ids: string[]): Promise<number> {
    subgraph.db.resetQueries();
    await pages(typename, ids, { first: 5 });
    return subgraph.db.queries.length;
  }

  it('costs the same statements for 10 clients as for 100', async () => {
    const ten = await statementsFor('User', clients.slice(0, 10));
    const hundred = await statementsFor('User', clients);
    expect(ten).toBe(2);
    expect(hundred).toBe(ten);
  });

  it('costs the same statements for 1 therapist as for 4', async () => {
    expect(await statementsFor('Therapist', therapists.slice(0, 1))).toBe(2);
    expect(await statementsFor('Therapist', therapists)).toBe(2);
  });

  it("gives each parent its own page and total", async () => {
    const [first, second, unknown] = await pages('User', [clients[0], clients[1], randomUUID()], { first: 5 });
    expect(first.totalCount).toBe(7);
    expect(first.edges).toHaveLength(5);
    expect(second.totalCount).toBe(3);
    expect(second.edges).toHaveLength(3);
    expect(unknown).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null } });
    const [therapistPage] = await pages('Therapist', [therapists[1]], { first: 100 });
    expect(therapistPage.totalCount).toBe(25 * 3);
  });

  it('pages through a client\'s bookings, latest start first, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    const sizes: number[] = [];
    for (;;) {
      const [page] = await pages('User', [clients[0]], { first: 3, after });
      sizes.push(page.edges.length);
      expect(page.totalCount).toBe(7);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      seen.push(...page.edges.map((e) => e.node.startsAt));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(new Set(seen).size).toBe(7);
  });

  it('orders bookings that start together by id', async () => {
    const em = subgraph.db.orm.em.fork();
    const therapistId = randomUUID();
    const startsAt = new Date('2027-01-04T09:00:00Z');
    // Two of them cancelled: only one live session may hold the time.
    const ids = [BookingStatus.CONFIRMED, BookingStatus.CANCELLED, BookingStatus.CANCELLED].map((status) => makeBooking(em, { therapistId, startsAt, status }).id);
    await em.flush();
    const [page] = await pages('Therapist', [therapistId]);
    expect(page.edges.map((e) => e.node.id)).toEqual([...ids].sort());
  });

  it('refuses a page size over 100 and a foreign cursor, naming the argument', async () => {
    const query = 'query($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) { ... on User { bookings(first: $first, after: $after) { totalCount } } } }';
    const r = [{ __typename: 'User', id: clients[0] }];
    const tooMany = await subgraph.request(query, { r, first: 101 }, admin);
    expect(tooMany.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    const foreign = await subgraph.request(query, { r, after: 'bm9wZQ' }, admin);
    expect(foreign.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

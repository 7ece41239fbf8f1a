import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { therapistsSubgraph } from '../subgraph';
import { makeTherapist } from '../test/therapist-factory';
import { ListingStatus } from './listing-status';
import { Therapist } from './therapist.entity';

const ADMIN: Caller = { userId: randomUUID(), roles: ['ADMIN'] };

interface Page {
  therapists: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; displayName: string; status: string } }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

const QUERY = `query($first: Int, $after: String, $status: ListingStatus) {
  therapists(first: $first, after: $after, status: $status) {
    totalCount
    edges { cursor node { id displayName status } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('therapists connection', () => {
  let subgraph: TestSubgraph;
  /** Ids of the approved listings in the order the connection must give them. */
  let approvedInOrder: string[];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    // 25 approved, created out of name order, two sharing a name (ordered by id then).
    const approved = Array.from({ length: 24 }, (_, i) => makeTherapist(em, { displayName: `Approved ${String(23 - i).padStart(2, '0')}` }));
    approved.push(makeTherapist(em, { displayName: 'Approved 05' }));
    for (const status of [ListingStatus.DRAFT, ListingStatus.PENDING_REVIEW, ListingStatus.PENDING_REVIEW, ListingStatus.SUSPENDED]) {
      makeTherapist(em, { status });
    }
    await em.flush();
    approvedInOrder = [...approved]
      .sort((a, b) => (a.displayName === b.displayName ? (a.id < b.id ? -1 : 1) : a.displayName < b.displayName ? -1 : 1))
      .map((t) => t.id);
  });
  afterAll(() => subgraph.stop());

  const page = (variables: Record<string, unknown>, caller?: Caller) => subgraph.request<Page>(QUERY, variables, caller);

  it('lists approved listings only by default, by display name then id, in pages', async () => {
    const first = await page({ first: 10 });
    expect(first.errors).toBeUndefined();
    const one = first.data!.therapists;
    expect(one.totalCount).toBe(25);
    expect(one.edges.map((e) => e.node.id)).toEqual(approvedInOrder.slice(0, 10));
    expect(one.edges.every((e) => e.node.status === 'APPROVED')).toBe(true);
    expect(one.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: one.edges[0].cursor, endCursor: one.edges[9].cursor });

    const two = (await page({ first: 10, after: one.pageInfo.endCursor })).data!.therapists;
    expect(two.edges.map((e) => e.node.id)).toEqual(approvedInOrder.slice(10, 20));
    expect(two.pageInfo.hasPreviousPage).toBe(true);
    expect(two.pageInfo.hasNextPage).toBe(true);

    const three = (await page({ first: 10, after: two.pageInfo.endCursor })).data!.therapists;
    expect(three.edges.map((e) => e.node.id)).toEqual(approvedInOrder.slice(20));
    expect(three.totalCount).toBe(25);
    expect(three.pageInfo.hasNextPage).toBe(false);
  });

  it('returns 20 by default and an empty page past the end', async () => {
    expect((await page({})).data!.therapists.edges).toHaveLength(20);
    const last = (await page({ first: 25 })).data!.therapists;
    const beyond = (await page({ first: 5, after: last.pageInfo.endCursor })).data!.therapists;
    expect(beyond).toEqual({
      totalCount: 25,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('lists another status for admins, and refuses it to anyone else', async () => {
    const pending = (await page({ status: 'PENDING_REVIEW' }, ADMIN)).data!.therapists;
    expect(pending.totalCount).toBe(2);
    expect(pending.edges.map((e) => e.node.status)).toEqual(['PENDING_REVIEW', 'PENDING_REVIEW']);
    const refused = await page({ status: 'PENDING_REVIEW' }, { userId: randomUUID(), roles: ['THERAPIST'] });
    expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('leaves hidden approved listings out, except for admins', async () => {
    const em = subgraph.db.orm.em.fork();
    const hidden = makeTherapist(em, { hidden: true, displayName: 'Approved 00 hidden' });
    await em.flush();
    try {
      expect((await page({ first: 100 })).data!.therapists.edges.map((e) => e.node.id)).not.toContain(hidden.id);
      expect((await page({ first: 100 }, ADMIN)).data!.therapists.edges.map((e) => e.node.id)).toContain(hidden.id);
    } finally {
      await em.nativeDelete(Therapist, { id: hidden.id });
    }
  });

  it('answers first: 101 with BAD_USER_INPUT naming `first`, before touching the database', async () => {
    subgraph.db.resetQueries();
    const result = await page({ first: 101 });
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(result.errors?.[0].message).toMatch(/first/);
    expect(subgraph.db.queries).toHaveLength(0);
  });

  it('answers a cursor it did not make with BAD_USER_INPUT naming `after`', async () => {
    const result = await page({ after: 'bm9wZQ' });
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

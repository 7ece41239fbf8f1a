import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { adminCaller, clientCaller, therapistCaller } from '../test/listing-api';
import { makeTherapist } from '../test/therapist-factory';
import { ListingStatus } from '../therapists/listing-status';

const QUEUE = `query($first: Int, $after: String) { moderationQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { kind waitingSince waitingSeconds listing { displayName status } } } } }`;

interface Queue {
  moderationQueue: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: Array<{ node: { kind: string; waitingSince: string; waitingSeconds: number; listing: { displayName: string; status: string } } }>;
  };
}

describe('the moderation queue', () => {
  let subgraph: TestSubgraph;
  const admin = adminCaller();
  const HOUR = 3_600_000;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    const ago = (hours: number) => new Date(Date.now() - hours * HOUR);
    makeTherapist(em, { displayName: 'Waiting 2h', status: ListingStatus.PENDING_REVIEW, reviewRequestedAt: ago(2) });
    makeTherapist(em, { displayName: 'Changes 30h', status: ListingStatus.APPROVED, pendingChanges: { displayName: 'New name' }, reviewRequestedAt: ago(30) });
    makeTherapist(em, { displayName: 'Waiting 50h', status: ListingStatus.PENDING_REVIEW, reviewRequestedAt: ago(50) });
    makeTherapist(em, { displayName: 'Suspended with changes 5h', status: ListingStatus.SUSPENDED, pendingChanges: { conditions: [] }, reviewRequestedAt: ago(5) });
    for (const status of [ListingStatus.APPROVED, ListingStatus.DRAFT, ListingStatus.CHANGES_REQUESTED, ListingStatus.REJECTED]) makeTherapist(em, { status });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it('lists what waits for a decision, oldest first, with how long it has waited', async () => {
    const result = await subgraph.request<Queue>(QUEUE, {}, admin);
    const queue = result.data!.moderationQueue;
    expect(queue.totalCount).toBe(4);
    expect(queue.edges.map((e) => [e.node.listing.displayName, e.node.kind])).toEqual([
      ['Waiting 50h', 'LISTING_REVIEW'],
      ['Changes 30h', 'PENDING_CHANGES'],
      ['Suspended with changes 5h', 'PENDING_CHANGES'],
      ['Waiting 2h', 'LISTING_REVIEW'],
    ]);
    const first = queue.edges[0].node;
    expect(Math.abs(first.waitingSeconds - 50 * 3600)).toBeLessThan(60);
    expect(Date.parse(first.waitingSince)).toBeLessThan(Date.now() - 49 * HOUR);
  });

  it('pages', async () => {
    const one = (await subgraph.request<Queue>(QUEUE, { first: 3 }, admin)).data!.moderationQueue;
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = (await subgraph.request<Queue>(QUEUE, { first: 3, after: one.pageInfo.endCursor }, admin)).data!.moderationQueue;
    expect(two.edges.map((e) => e.node.listing.displayName)).toEqual(['Waiting 2h']);
  });

  it('is for admins only', async () => {
    for (const [caller, code] of [[therapistCaller(), 'FORBIDDEN'], [clientCaller(), 'FORBIDDEN'], [ANONYMOUS, 'UNAUTHENTICATED']] as const) {
      expect((await subgraph.request(QUEUE, {}, caller)).errors?.[0].extensions?.code).toBe(code);
    }
  });
});

// No N+1 in the therapists subgraph: every list field, asked for a page of 10 and of 100 with the
// per-item fields that touch the database, costs the same number of SQL statements.
import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { therapistsSubgraph } from './subgraph';
import { insertBulkListings } from './test/bulk-listings';

const ADMIN: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
const PAGE_SIZES = [10, 100] as const;

/** Per-item fields of a listing, including the ones resolved by their own resolvers. */
const LISTING = 'id displayName hcpcNumber fee { amountPence currency } hcpcVerification { status } user { id } listed';

describe('therapists: SQL statements per list field do not grow with the page', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    // Enough listings in every state for pages of 100: approved ones, and ones waiting for review.
    await insertBulkListings(subgraph.db.orm.em.fork(), 1500);
  });
  afterAll(() => subgraph.stop());

  /** Statements spent answering `query` at each page size, with how many items came back. */
  async function statementsPerPage(query: string, items: (data: any) => unknown[], caller?: Caller, variables: (size: number) => Record<string, unknown> = (first) => ({ first })) {
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

  it('Query.therapists', async () => {
    const [small, large] = await statementsPerPage(`query($first: Int) { therapists(first: $first) { totalCount edges { node { ${LISTING} } } } }`, (d) => d.therapists.edges);
    expect(large).toBe(small);
  });

  it('Query.searchTherapists', async () => {
    const [small, large] = await statementsPerPage(
      `query($first: Int) { searchTherapists(first: $first) { totalCount edges { distanceKm node { ${LISTING} } } } }`,
      (d) => d.searchTherapists.edges,
    );
    expect(large).toBe(small);
  });

  it('Query.moderationQueue', async () => {
    const [small, large] = await statementsPerPage(
      `query($first: Int) { moderationQueue(first: $first) { totalCount edges { node { kind waitingSeconds listing { ${LISTING} } } } } }`,
      (d) => d.moderationQueue.edges,
      ADMIN,
    );
    expect(large).toBe(small);
  });

  it('Query.adminTherapists: the page and the total, whatever the page size', async () => {
    const [small, large] = await statementsPerPage(
      `query($limit: Int) { adminTherapists(limit: $limit, filter: { search: "bulk" }, sort: { field: DISPLAY_NAME, order: ASC }) { total items { ${LISTING} privateDetails { moderationHistory { action } } } } }`,
      (d) => d.adminTherapists.items,
      ADMIN,
      (limit) => ({ limit }),
    );
    expect(large).toBe(small);
    // The page, the count, and one batch of moderation histories.
    expect(small).toBe(3);
  });

  it('TherapistPrivateDetails.moderationHistory, for a page of listings', async () => {
    const [small, large] = await statementsPerPage(
      `query($first: Int) { therapists(first: $first) { edges { node { id privateDetails { moderationHistory { action occurredAt } } } } } }`,
      (d) => d.therapists.edges,
      ADMIN,
    );
    expect(large).toBe(small);
  });
});

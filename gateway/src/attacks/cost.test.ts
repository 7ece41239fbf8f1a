// Attack: a small, shallow query that multiplies: the largest page of therapists, each with the
// largest page of bookings, each with its client. Depth and aliases look innocent; the cost is not.
import { GATEWAY_QUERY_LIMITS } from '../config';
import { firstError, startGuardedGateway, type GuardedGateway } from '../test/guarded-gateway';

const NESTED_PAGES = `query Everything($outer: Int, $inner: Int) {
  therapists(first: $outer) { edges { node { bookings(first: $inner) { edges { node { client { displayName } } } } } } }
}`;

describe('attack: query cost', () => {
  let guarded: GuardedGateway;
  beforeAll(async () => {
    guarded = await startGuardedGateway();
  });
  afterAll(() => guarded?.stop());

  it(`refuses nested pages whose cost is above ${GATEWAY_QUERY_LIMITS.maxCost}, naming the cost, before any subgraph is asked`, async () => {
    // 1 connection + 100 × (edge + node + bookings + 100 × (edge + node + client)) = 30,301.
    const response = await guarded.post({ query: NESTED_PAGES, variables: { outer: 100, inner: 100 } });
    expect(response.status).toBe(400);
    expect(await firstError(response)).toEqual({
      message: `Query cost limit of ${GATEWAY_QUERY_LIMITS.maxCost} exceeded, found 30301. Ask for smaller pages (first) or fewer nested lists.`,
      extensions: { code: 'BAD_USER_INPUT', cost: 30301, maxCost: GATEWAY_QUERY_LIMITS.maxCost, limit: 'cost' },
    });
    expect(guarded.subgraphRequests()).toBe(0);
  });

  it('reads page sizes from variables: the same query with small pages goes through', async () => {
    const response = await guarded.post({ query: NESTED_PAGES, variables: { outer: 20, inner: 10 } });
    expect((await firstError(response)).message).not.toMatch(/limit/);
    expect(guarded.subgraphRequests()).toBeGreaterThan(0);
  });

  it('cannot hide the pages behind unset variables: an absent `first` counts as the default page of 20', async () => {
    const wide = `query { therapists { edges { node { bookings { edges { node { client { displayName carePlans { id } } } } } } } } }`;
    // 1 + 20 × (3 + 20 × (3 + 10 × 1)) = 5,261: within the limit; with explicit first: 100 it is not.
    const within = await guarded.post({ query: wide });
    expect((await firstError(within)).message).not.toMatch(/limit/);
    const beyond = await guarded.post({ query: wide.replace('therapists {', 'therapists(first: 100) {') });
    expect(beyond.status).toBe(400);
    expect((await firstError(beyond)).message).toMatch(/cost limit/);
  });

  it('refuses a fragment bomb (each fragment spreads the next twice) quickly, by its cost', async () => {
    const chain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Therapist { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const query = `{ therapist(id: "t") { ...F0 } } ${chain} fragment F30 on Therapist { user { therapistProfile { id } } }`;
    const before = guarded.subgraphRequests();
    const started = performance.now();
    const response = await guarded.post({ query });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(response.status).toBe(400);
    expect((await firstError(response)).extensions).toMatchObject({ limit: 'cost' });
    expect(guarded.subgraphRequests()).toBe(before);
  });
});

// Attack: a small, shallow query that multiplies: the largest page of therapists, each with the
// largest page of bookings, each with its client. Depth and aliases look innocent; the cost is not.
import { ANONYMOUS_MAX_COST, GATEWAY_QUERY_LIMITS } from '../config';
import { AVAILABILITY_SLOTS_PER_DAY } from '../limits/list-sizes';
import { firstError, startGuardedGateway, type GuardedGateway } from '../test/guarded-gateway';
import { startJwks } from '../test/jwks';

const NESTED_PAGES = `query Everything($outer: Int, $inner: Int) {
  therapists(first: $outer) { edges { node { bookings(first: $inner) { edges { node { client { displayName } } } } } } }
}`;

/** Free times of every listing of a search page, asked nine times over under aliases, over `days` days. */
function availabilityFanOut(days: number): { query: string; variables: Record<string, unknown> } {
  const aliases = Array.from({ length: 9 }, (_, i) => `a${i}: availability(from: $from, to: $to) { startsAt endsAt }`).join(' ');
  const from = new Date('2027-01-04T00:00:00Z');
  const to = new Date(from.getTime() + days * 86_400_000);
  return {
    query: `query FanOut($from: DateTime!, $to: DateTime!) { searchTherapists(first: 100) { edges { node { ${aliases} } } } }`,
    variables: { from: from.toISOString(), to: to.toISOString() },
  };
}

describe('attack: query cost', () => {
  let guarded: GuardedGateway;
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  let signedIn: Record<string, string>;
  beforeAll(async () => {
    jwks = await startJwks();
    guarded = await startGuardedGateway({ accountsJwksUrl: jwks.url });
    signedIn = { authorization: `Bearer ${await jwks.sign({ roles: ['CLIENT'] })}` };
  });
  afterAll(async () => {
    await guarded?.stop();
    await jwks?.server.close(100);
  });

  it(`refuses nested pages whose cost is above ${GATEWAY_QUERY_LIMITS.maxCost}, naming the cost, before any subgraph is asked`, async () => {
    // 1 connection + 100 × (edge + node + bookings + 100 × (edge + node + client)) = 30,301.
    const response = await guarded.post({ query: NESTED_PAGES, variables: { outer: 100, inner: 100 } }, signedIn);
    expect(response.status).toBe(400);
    expect(await firstError(response)).toEqual({
      message:
        `Query cost limit of ${GATEWAY_QUERY_LIMITS.maxCost} exceeded, found 30301. ` +
        'Ask for smaller pages (first, last, limit), shorter time ranges or fewer nested lists.',
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
    // 1 + 20 × (3 + 20 × (3 + 10 × 1)) = 5,261 (a client's care plans: 10): within the limit; with first: 100 it is not.
    const within = await guarded.post({ query: wide }, signedIn);
    expect((await firstError(within)).message).not.toMatch(/limit/);
    const beyond = await guarded.post({ query: wide.replace('therapists {', 'therapists(first: 100) {') }, signedIn);
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

  it('refuses the nine-alias availability fan-out over a search page from a caller who is not signed in, and from one who is', async () => {
    // Costed per day of the range: 1 + 100 × (edge + node + 9 × 92 days × 24 slots) = 1,987,401.
    const attack = availabilityFanOut(92);
    const cost = 1 + 100 * (2 + 9 * 92 * AVAILABILITY_SLOTS_PER_DAY);
    const before = guarded.subgraphRequests();
    const anonymous = await guarded.post(attack);
    expect(anonymous.status).toBe(400);
    expect(await firstError(anonymous)).toEqual({
      message:
        `Query cost limit of ${ANONYMOUS_MAX_COST} for callers who are not signed in exceeded, found ${cost}. ` +
        'Ask for smaller pages (first, last, limit), shorter time ranges or fewer nested lists.',
      extensions: { code: 'BAD_USER_INPUT', cost, maxCost: ANONYMOUS_MAX_COST, limit: 'cost' },
    });
    const client = await guarded.post(attack, signedIn);
    expect((await firstError(client)).extensions).toEqual({ code: 'BAD_USER_INPUT', cost, maxCost: GATEWAY_QUERY_LIMITS.maxCost, limit: 'cost' });
    // A one-day range still fans out over 100 listings nine times: 1 + 100 × (2 + 9 × 24) = 21,801.
    expect((await firstError(await guarded.post(availabilityFanOut(1), signedIn))).extensions).toMatchObject({ cost: 21_801, limit: 'cost' });
    expect(guarded.subgraphRequests()).toBe(before);
  });

  it('costs one listing’s free times by their range, and gives signed-in callers the larger budget', async () => {
    const query = 'query($id: ID!, $from: DateTime!, $to: DateTime!) { therapist(id: $id) { a: availability(from: $from, to: $to) { startsAt } b: availability(from: $from, to: $to) { startsAt } } }';
    const range = (days: number) => ({ id: 't', from: '2027-01-04T00:00:00Z', to: new Date(Date.parse('2027-01-04T00:00:00Z') + days * 86_400_000).toISOString() });
    // Two weeks twice: 1 + 2 × 14 × 24 = 673, within the anonymous budget.
    const twoWeeks = await guarded.post({ query, variables: range(14) });
    expect((await firstError(twoWeeks)).message).not.toMatch(/cost limit/);
    // Three months twice: 1 + 2 × 92 × 24 = 4,417: above the anonymous budget, within the signed-in one.
    const anonymous = await guarded.post({ query, variables: range(92) });
    expect((await firstError(anonymous)).extensions).toMatchObject({ cost: 4417, maxCost: ANONYMOUS_MAX_COST, limit: 'cost' });
    const client = await guarded.post({ query, variables: range(92) }, signedIn);
    expect((await firstError(client)).message).not.toMatch(/cost limit/);
  });
});

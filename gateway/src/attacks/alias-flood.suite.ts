// Attack: one request that asks for the same expensive field under many aliases, so that a single
// HTTP request is worth hundreds (and slips past per-request rate limits).
import { GATEWAY_QUERY_LIMITS } from '../config';
import { firstError, startGuardedGateway, type GuardedGateway } from '../test/guarded-gateway';

const aliased = (count: number) =>
  `query Flood { ${Array.from({ length: count }, (_, i) => `a${i}: therapists(first: 1) { totalCount }`).join(' ')} }`;

describe('attack: alias flood', () => {
  let guarded: GuardedGateway;
  beforeAll(async () => {
    guarded = await startGuardedGateway();
  });
  afterAll(() => guarded?.stop());

  it(`refuses more than ${GATEWAY_QUERY_LIMITS.maxAliases} aliases with 400 BAD_USER_INPUT, before any subgraph is asked`, async () => {
    const response = await guarded.post({ query: aliased(GATEWAY_QUERY_LIMITS.maxAliases + 1) });
    expect(response.status).toBe(400);
    expect(await firstError(response)).toEqual({
      message: `Aliases limit of ${GATEWAY_QUERY_LIMITS.maxAliases} exceeded, found ${GATEWAY_QUERY_LIMITS.maxAliases + 1}.`,
      extensions: { code: 'BAD_USER_INPUT', limit: 'aliases' },
    });
    expect(guarded.subgraphRequests()).toBe(0);
  });

  it('refuses a flood of a thousand aliases just as cheaply (the token limit stops it at parsing)', async () => {
    const response = await guarded.post({ query: aliased(1000) });
    expect(response.status).toBe(400);
    expect((await firstError(response)).extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 'tokens' });
    expect(guarded.subgraphRequests()).toBe(0);
  });

  it('lets aliases of __typename through: they cost nothing', async () => {
    const query = `{ ${Array.from({ length: 20 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    const response = await guarded.post({ query });
    expect(response.status).toBe(200);
  });
});

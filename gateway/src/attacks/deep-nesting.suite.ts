// Attack: a query that follows a cycle in the graph (Therapist.user → User.therapistProfile → …)
// as deep as it likes, so that every level multiplies the work behind it.
import { GATEWAY_QUERY_LIMITS } from '../config';
import { firstError, startGuardedGateway, type GuardedGateway } from '../test/guarded-gateway';

/** `therapist { user { therapistProfile { user { … displayName } } } }`, `levels` fields deep. */
function cyclic(levels: number): string {
  let inner = 'id';
  for (let level = levels - 1; level >= 1; level--) {
    const field = level === 1 ? 'therapist(id: "7d1f8c55-3f5e-4c56-9a57-2bb0c43a5a01")' : level % 2 === 0 ? 'user' : 'therapistProfile';
    inner = `${field} { ${inner} }`;
  }
  return `query Deep { ${inner} }`;
}

describe('attack: deep nesting', () => {
  let guarded: GuardedGateway;
  beforeAll(async () => {
    guarded = await startGuardedGateway();
  });
  afterAll(() => guarded?.stop());

  it(`refuses an operation deeper than ${GATEWAY_QUERY_LIMITS.maxDepth} levels with 400 BAD_USER_INPUT, before any subgraph is asked`, async () => {
    const response = await guarded.post({ query: cyclic(GATEWAY_QUERY_LIMITS.maxDepth + 1) });
    expect(response.status).toBe(400);
    const error = await firstError(response);
    expect(error).toEqual({
      message: `Query depth limit of ${GATEWAY_QUERY_LIMITS.maxDepth} exceeded, found ${GATEWAY_QUERY_LIMITS.maxDepth + 1}.`,
      extensions: { code: 'BAD_USER_INPUT', limit: 'depth' },
    });
    expect(guarded.subgraphRequests()).toBe(0);
  });

  it('counts the levels inside fragments too', async () => {
    const query = `query Deep { therapist(id: "x") { ...Owner } }
      fragment Owner on Therapist { user { therapistProfile { user { therapistProfile { user { therapistProfile {
        user { therapistProfile { user { therapistProfile { user { therapistProfile { id } } } } } } } } } } } } }`;
    const response = await guarded.post({ query });
    expect(response.status).toBe(400);
    expect((await firstError(response)).message).toMatch(/depth limit/);
    expect(guarded.subgraphRequests()).toBe(0);
  });

  it('lets an operation at the limit through to the subgraphs', async () => {
    const response = await guarded.post({ query: cyclic(GATEWAY_QUERY_LIMITS.maxDepth) });
    expect((await firstError(response)).message).not.toMatch(/limit/);
    expect(guarded.subgraphRequests()).toBeGreaterThan(0);
  });
});

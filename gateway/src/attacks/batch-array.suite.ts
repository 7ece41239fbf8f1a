// Attack: an array of operations in one HTTP request (batching), which multiplies the work of one
// request past the per-request rate limit and the per-operation limits.
import { firstError, startGuardedGateway, type GuardedGateway } from '../test/guarded-gateway';

describe('attack: batched operations', () => {
  let guarded: GuardedGateway;
  beforeAll(async () => {
    guarded = await startGuardedGateway();
  });
  afterAll(() => guarded?.stop());

  it('refuses a JSON array of operations with 400, and runs none of them', async () => {
    const one = { query: 'query One { therapists(first: 1) { totalCount } }' };
    const response = await guarded.post(Array.from({ length: 50 }, () => one));
    expect(response.status).toBe(400);
    const error = await firstError(response);
    expect(error.message).toMatch(/batch/i);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(guarded.subgraphRequests()).toBe(0);
  });

  it('refuses even a batch of one', async () => {
    const response = await guarded.post([{ query: '{ __typename }' }]);
    expect(response.status).toBe(400);
  });
});

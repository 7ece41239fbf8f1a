// Attack: mapping the schema of a production gateway, by introspection or by typing near-miss
// field names and reading the "Did you mean …?" suggestions back.
import { firstError, startGuardedGateway, type GuardedGateway } from '../test/guarded-gateway';

describe('attack: schema discovery in production', () => {
  let production: GuardedGateway;
  let development: GuardedGateway;
  beforeAll(async () => {
    production = await startGuardedGateway({ production: true });
    development = await startGuardedGateway({ production: false });
  });
  afterAll(async () => {
    await production?.stop();
    await development?.stop();
  });

  it.each([
    ['__schema', '{ __schema { types { name fields { name } } } }'],
    ['__type', '{ __type(name: "Therapist") { fields { name } } }'],
    ['__type inside a fragment', 'query { ...Peek } fragment Peek on Query { __type(name: "User") { name } }'],
  ])('refuses introspection through %s with 400 BAD_USER_INPUT', async (_label, query) => {
    const response = await production.post({ query });
    expect(response.status).toBe(400);
    const error = await firstError(response);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(error.message).toMatch(/introspection/i);
  });

  it('suggests no field, argument or type names', async () => {
    for (const query of ['{ therapist(id: "x") { displayNam } }', '{ therapists(frist: 1) { totalCount } }', 'query($s: ListingStat) { therapists(status: $s) { totalCount } }']) {
      const response = await production.post({ query });
      expect(response.status).toBe(400);
      const text = JSON.stringify(await response.json());
      expect(text).not.toMatch(/Did you mean|displayName|"first"|ListingStatus/);
    }
    expect(production.subgraphRequests()).toBe(0);
  });

  it('still offers both in development, where they help', async () => {
    const introspection = await development.post({ query: '{ __type(name: "Therapist") { name } }' });
    expect(await introspection.json()).toEqual({ data: { __type: { name: 'Therapist' } } });
    const typo = await firstError(await development.post({ query: '{ therapist(id: "x") { displayNam } }' }));
    expect(typo.message).toMatch(/Did you mean "displayName"/);
  });
});

import { graphqlRequest, testTokenPair } from '@caregraph/kernel/testing';
import { type TestSubgraph } from '@caregraph/runtime/testing';
import { startAccounts, type AccountsHarness } from './test/accounts-harness';
import { Role } from './users/role';
import { User } from './users/user.entity';

/** The subgraph answers only requests carrying the gateway's token for it (docs/architecture.md#identity-and-trust). */
describe('accounts subgraph behind the gateway token', () => {
  let accounts: AccountsHarness;
  let subgraph: TestSubgraph;
  const entities = '{ _entities(representations: [{ __typename: "User", id: "6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f" }]) { ... on User { id } } }';

  beforeAll(async () => {
    accounts = await startAccounts();
    subgraph = accounts.subgraph;
  });
  afterAll(() => accounts.stop());

  const expectRefused = async (headers: Record<string, string>, query = entities) => {
    const result = await graphqlRequest(subgraph.url, query, {}, headers);
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  };

  it('refuses _entities and _service without a token', async () => {
    await expectRefused({});
    await expectRefused({}, '{ _service { sdl } }');
  });

  it('refuses plain identity headers', async () => {
    await expectRefused({ 'x-user-id': '6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f', 'x-user-roles': 'ADMIN' });
  });

  it('refuses a token made for another subgraph, or by another key', async () => {
    const forOther = await subgraph.signer.sign('bookings', { userId: null, roles: [] }, 'req-12345678');
    await expectRefused({ authorization: `Bearer ${forOther}` });
    const forger = (await testTokenPair('accounts')).signer;
    const forged = await forger.sign('accounts', { userId: null, roles: ['ADMIN'] }, 'req-12345678');
    await expectRefused({ authorization: `Bearer ${forged}` });
  });

  it('answers with a valid token, and leaves /health open', async () => {
    const result = await subgraph.request(entities);
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ _entities: [null] });
    expect((await fetch(subgraph.url.replace('/graphql', '/health'))).status).toBe(200);
  });
});

describe('personal data on User', () => {
  let accounts: AccountsHarness;
  let subgraph: TestSubgraph;
  const id = '6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f';
  const query = `{ user(id: "${id}") { displayName email } }`;

  beforeAll(async () => {
    accounts = await startAccounts();
    subgraph = accounts.subgraph;
    const em = subgraph.db.orm.em.fork();
    em.create(User, { id, email: 'private@caregraph.example', displayName: 'Private Person', role: Role.CLIENT });
    await em.flush();
  });
  afterAll(() => accounts.stop());

  it('shows the e-mail address to the person themselves and to admins only', async () => {
    const as = async (caller: { userId: string | null; roles: Array<'CLIENT' | 'ADMIN' | 'THERAPIST'> }) =>
      // user(id) itself is null for anyone but the person, their therapist and admins.
      ((await subgraph.request<{ user: { email: string | null } | null }>(query, {}, caller)).data?.user?.email ?? null);
    expect(await as({ userId: null, roles: [] })).toBeNull();
    expect(await as({ userId: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a', roles: ['THERAPIST'] })).toBeNull();
    expect(await as({ userId: id, roles: ['CLIENT'] })).toBe('private@caregraph.example');
    expect(await as({ userId: '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a', roles: ['ADMIN'] })).toBe('private@caregraph.example');
  });
});

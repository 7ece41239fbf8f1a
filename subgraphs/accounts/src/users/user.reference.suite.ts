import { type TestSubgraph } from '@caregraph/runtime/testing';
import { startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { User } from './user.entity';
import { Role } from './role';

describe('User federation reference', () => {
  let accounts: AccountsHarness;
  let subgraph: TestSubgraph;
  const ids: string[] = [];

  beforeAll(async () => {
    accounts = await startAccounts();
    subgraph = accounts.subgraph;
    const em = subgraph.db.orm.em.fork();
    for (let i = 0; i < 100; i++) {
      const user = em.create(User, { email: `person${i}@caregraph.example`, displayName: `Person ${i}`, role: Role.CLIENT });
      ids.push(user.id);
    }
    await em.flush();
  });
  afterAll(() => accounts.stop());

  it('resolves 100 representations with one SQL statement', async () => {
    subgraph.db.resetQueries();
    const representations = [...ids, '00000000-0000-4000-8000-000000000000'].map((id) => ({ __typename: 'User', id }));
    const result = await subgraph.request<{ _entities: Array<{ id: string; displayName: string } | null> }>('query($r: [_Any!]!) { _entities(representations: $r) { ... on User { id displayName } } }',
      { r: representations },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(101);
    expect(result.data?._entities[5]).toEqual({ id: ids[5], displayName: 'Person 5' });
    expect(result.data?._entities[100]).toBeNull();
    expect(subgraph.db.queries).toHaveLength(1);
  });

  it('answers its health check', async () => {
    const response = await fetch(subgraph.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', subgraph: 'accounts' });
  });
});

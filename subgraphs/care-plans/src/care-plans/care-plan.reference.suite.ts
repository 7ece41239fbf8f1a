import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { carePlansSubgraph } from '../subgraph';
import { makeCarePlan } from '../test/care-plan-factory';

describe('CarePlan federation reference and root query', () => {
  let subgraph: TestSubgraph;
  const ids: string[] = [];
  const clientId = randomUUID();
  const therapistId = randomUUID();
  const client: Caller = { userId: clientId, roles: ['CLIENT'] };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(carePlansSubgraph);
    const em = subgraph.db.orm.em.fork();
    for (let i = 0; i < 100; i++) ids.push(makeCarePlan(em, { clientId, therapistId, summary: `Plan ${i}` }).id);
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it('resolves 100 representations with one SQL statement, and records the reads with one more', async () => {
    subgraph.db.resetQueries();
    const representations = [...ids, randomUUID(), 'not-a-uuid'].map((id) => ({ __typename: 'CarePlan', id }));
    const result = await subgraph.request<{ _entities: Array<{ id: string; summary: string } | null> }>('query($r: [_Any!]!) { _entities(representations: $r) { ... on CarePlan { id summary } } }',
      { r: representations },
      client,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(102);
    expect(result.data?._entities[3]).toEqual({ id: ids[3], summary: 'Plan 3' });
    expect(result.data?._entities.slice(100)).toEqual([null, null]);
    expect(subgraph.db.queries).toHaveLength(2);
  });

  it('resolves nothing for a caller who may not see the plans', async () => {
    const representations = ids.slice(0, 3).map((id) => ({ __typename: 'CarePlan', id }));
    for (const caller of [{ userId: randomUUID(), roles: ['CLIENT'] }, { userId: randomUUID(), roles: ['THERAPIST'] }, { userId: null, roles: [] }] as Caller[]) {
      const result = await subgraph.request<{ _entities: unknown[] }>('query($r: [_Any!]!) { _entities(representations: $r) { ... on CarePlan { id summary } } }', { r: representations }, caller);
      expect(result.data?._entities).toEqual([null, null, null]);
    }
  });

  it('answers carePlan(id) with the plan and its references', async () => {
    const result = await subgraph.request<{ carePlan: unknown }>('query($id: ID!) { carePlan(id: $id) { id status client { id } therapist { id } } }',
      { id: ids[0] },
      client,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.carePlan).toEqual({ id: ids[0], status: 'ACTIVE', client: { id: clientId }, therapist: { id: therapistId } });
  });

  it('answers null for an unknown id and BAD_USER_INPUT on `id` for a malformed one', async () => {
    const query = 'query($id: ID!) { carePlan(id: $id) { id } }';
    expect((await subgraph.request(query, { id: randomUUID() }, client)).data).toEqual({ carePlan: null });
    const bad = await subgraph.request(query, { id: '42' }, client);
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { carePlansSubgraph } from '../subgraph';
import { makeCarePlan } from '../test/care-plan-factory';

describe('CarePlan federation reference and root query', () => {
  let subgraph: TestSubgraph;
  const ids: string[] = [];
  const clientId = randomUUID();
  const therapistId = randomUUID();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(carePlansSubgraph);
    const em = subgraph.db.orm.em.fork();
    for (let i = 0; i < 100; i++) ids.push(makeCarePlan(em, { clientId, therapistId, goals: [`Goal ${i}`, 'Keep a weekly budget'] }).id);
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it('resolves 100 representations with one SQL statement', async () => {
    subgraph.db.resetQueries();
    const representations = [...ids, randomUUID(), 'not-a-uuid'].map((id) => ({ __typename: 'CarePlan', id }));
    const result = await subgraph.request<{ _entities: Array<{ id: string; goals: string[] } | null> }>('query($r: [_Any!]!) { _entities(representations: $r) { ... on CarePlan { id goals } } }',
      { r: representations },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(102);
    expect(result.data?._entities[3]).toEqual({ id: ids[3], goals: ['Goal 3', 'Keep a weekly budget'] });
    expect(result.data?._entities.slice(100)).toEqual([null, null]);
    expect(subgraph.db.queries).toHaveLength(1);
  });

  it('answers carePlan(id) with the plan and its references', async () => {
    const result = await subgraph.request<{ carePlan: unknown }>('query($id: ID!) { carePlan(id: $id) { id status client { id } therapist { id } } }',
      { id: ids[0] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.carePlan).toEqual({ id: ids[0], status: 'ACTIVE', client: { id: clientId }, therapist: { id: therapistId } });
  });

  it('answers null for an unknown id and BAD_USER_INPUT on `id` for a malformed one', async () => {
    const query = 'query($id: ID!) { carePlan(id: $id) { id } }';
    expect((await subgraph.request(query, { id: randomUUID() })).data).toEqual({ carePlan: null });
    const bad = await subgraph.request(query, { id: '42' });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

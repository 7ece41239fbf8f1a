import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { carePlansSubgraph } from '../subgraph';
import { makeCarePlan } from '../test/care-plan-factory';

const ENTITY_PLANS = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on User { carePlans { id createdAt } }
    ... on Therapist { carePlans { id createdAt } }
  }
}`;

describe('User.carePlans and Therapist.carePlans', () => {
  let subgraph: TestSubgraph;
  // 100 clients with 2 plans each, spread over 5 therapists.
  const clients = Array.from({ length: 100 }, () => randomUUID());
  const therapists = Array.from({ length: 5 }, () => randomUUID());
  const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(carePlansSubgraph);
    const em = subgraph.db.orm.em.fork();
    clients.forEach((clientId, c) => {
      for (const month of [1, 6]) {
        makeCarePlan(em, { clientId, therapistId: therapists[c % 5], createdAt: new Date(Date.UTC(2026, month, 1 + (c % 28))) });
      }
    });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  async function plans(typename: 'User' | 'Therapist', ids: string[]) {
    const result = await subgraph.request<{ _entities: Array<{ carePlans: Array<{ id: string; createdAt: string }> }> }>(ENTITY_PLANS,
      { r: ids.map((id) => ({ __typename: typename, id })) },
      admin,
    );
    expect(result.errors).toBeUndefined();
    return result.data!._entities.map((e) => e.carePlans);
  }

  async function statementsFor(typename: 'User' | 'Therapist', ids: string[]): Promise<number> {
    subgraph.db.resetQueries();
    await plans(typename, ids);
    return subgraph.db.queries.length;
  }

  it('costs one statement for 10 clients and for 100', async () => {
    expect(await statementsFor('User', clients.slice(0, 10))).toBe(1);
    expect(await statementsFor('User', clients)).toBe(1);
  });

  it('costs one statement for 1 therapist and for 5', async () => {
    expect(await statementsFor('Therapist', therapists.slice(0, 1))).toBe(1);
    expect(await statementsFor('Therapist', therapists)).toBe(1);
  });

  it('costs one statement for 10 therapists and for 100 (the page sizes every list field is checked at)', async () => {
    const many = [...therapists, ...Array.from({ length: 95 }, () => randomUUID())];
    expect(await statementsFor('Therapist', many.slice(0, 10))).toBe(1);
    expect(await statementsFor('Therapist', many)).toBe(1);
  });

  it("lists each parent's own plans, newest first, and none for strangers", async () => {
    const [first, second, stranger, malformed] = await plans('User', [clients[0], clients[1], randomUUID(), 'nope']);
    expect(first.map((p) => p.createdAt)).toEqual(['2026-07-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
    expect(second.map((p) => p.createdAt)).toEqual(['2026-07-02T00:00:00.000Z', '2026-02-02T00:00:00.000Z']);
    expect(stranger).toEqual([]);
    expect(malformed).toEqual([]);
    const [therapistPlans] = await plans('Therapist', [therapists[2]]);
    expect(therapistPlans).toHaveLength(40);
    const dates = therapistPlans.map((p) => p.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

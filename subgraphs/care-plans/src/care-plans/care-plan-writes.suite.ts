import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { CarePlanAccessEntry } from '../access/care-plan-access-entry.entity';
import { carePlansSubgraph } from '../subgraph';
import { aClient, careTeam } from '../test/care-plan-callers';
import { GraphStandIn } from '../test/graph-stand-in';
import { CarePlan } from './care-plan.entity';

const CREATE = `mutation($input: CreateCarePlanInput!) {
  createCarePlan(input: $input) { id status startDate endDate reviewCadenceWeeks nextReviewDue version focusConditions summary
    client { id } therapist { id } goals { id description category targetDate status achievement version } }
}`;
const UPDATE = 'mutation($id: ID!, $v: Int!, $input: UpdateCarePlanInput!) { updateCarePlan(id: $id, expectedVersion: $v, input: $input) { summary version nextReviewDue } }';
const STATUS = 'mutation($id: ID!, $v: Int!, $s: CarePlanStatus!) { setCarePlanStatus(id: $id, expectedVersion: $v, status: $s) { status version } }';
const ADD_GOAL = 'mutation($p: ID!, $input: GoalInput!) { addGoal(carePlanId: $p, input: $input) { id version targetDate } }';
const UPDATE_GOAL = 'mutation($id: ID!, $v: Int!, $input: UpdateGoalInput!) { updateGoal(id: $id, expectedVersion: $v, input: $input) { description achievement version } }';

type Plan = { id: string; status: string; version: number; nextReviewDue: string; goals: Array<{ id: string; version: number }> };

describe('creating and changing care plans', () => {
  let subgraph: TestSubgraph;
  const graph = new GraphStandIn();
  let team: ReturnType<typeof careTeam>;

  const input = (overrides: Record<string, unknown> = {}) => ({
    clientId: team.client.userId,
    focusConditions: ['ANXIETY'],
    summary: 'Feel able to leave the house on weekday mornings',
    startDate: '2026-12-07',
    goals: [{ description: 'Walk to the corner shop and back twice a week', category: 'SOCIAL_CONFIDENCE', targetDate: '2027-02-01', status: 'ACTIVE' }],
    ...overrides,
  });
  const create = (caller: Caller, overrides: Record<string, unknown> = {}) => subgraph.request<{ createCarePlan: Plan }>(CREATE, { input: input(overrides) }, caller);
  const planCount = () => subgraph.db.orm.em.fork().count(CarePlan);

  beforeAll(async () => {
    await graph.start();
    subgraph = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: graph.url });
    team = careTeam(graph);
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  it('creates a DRAFT plan with its goals for a client the therapist has a care relationship with, and records it', async () => {
    const result = await create(team.therapist);
    expect(result.errors).toBeUndefined();
    const plan = result.data!.createCarePlan;
    expect(plan).toMatchObject({
      status: 'DRAFT',
      startDate: '2026-12-07',
      endDate: null,
      reviewCadenceWeeks: 4,
      nextReviewDue: '2027-01-04',
      version: 1,
      focusConditions: ['ANXIETY'],
      client: { id: team.client.userId },
      therapist: { id: team.listingId },
      goals: [{ description: 'Walk to the corner shop and back twice a week', category: 'SOCIAL_CONFIDENCE', targetDate: '2027-02-01', status: 'ACTIVE', achievement: 'IN_PROGRESS', version: 1 }],
    });
    expect(graph.received).toContain('CarePlansCareRelationship');
    const audit = await subgraph.db.orm.em.fork().find(CarePlanAccessEntry, { carePlanId: plan.id }, { orderBy: { recordType: 'asc' } });
    expect(audit.map((a) => [a.action, a.recordType, a.actorId, a.actorRole])).toEqual(
      expect.arrayContaining([
        ['CREATE', 'CarePlan', team.therapist.userId, 'THERAPIST'],
        ['CREATE', 'Goal', team.therapist.userId, 'THERAPIST'],
      ]),
    );
  });

  it('refuses a therapist without a care relationship, and a client, writing nothing', async () => {
    const before = await planCount();
    const stranger = careTeam(graph).therapist;
    const refused = await create(stranger);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/booking with you/);
    expect((await create(team.client)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await create({ userId: null, roles: [] })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await planCount()).toBe(before);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an end before the start', { endDate: '2026-12-01' }, 'endDate'],
    ['a goal due before the plan starts', { goals: [{ description: 'Cook twice a week', category: 'BUDGETING_AND_MEAL_PLANNING', targetDate: '2026-11-30' }] }, 'goals.0.targetDate'],
    ['a review cadence of 30 weeks', { reviewCadenceWeeks: 30 }, 'reviewCadenceWeeks'],
    ['a malformed client id', { clientId: 'someone' }, 'clientId'],
    ['an empty summary', { summary: '' }, 'summary'],
    ['a goal of two characters', { goals: [{ description: 'Go', category: 'OTHER' }] }, 'goals.0.description'],
  ])('refuses %s naming the field, writing nothing', async (_, overrides, field) => {
    const before = await planCount();
    const result = await create(team.therapist, overrides);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(String(result.errors?.[0].extensions?.field)).toMatch(new RegExp(`${field.replace(/\./g, '\\.')}$`));
    expect(await planCount()).toBe(before);
  });

  it('refuses a date that is not a calendar day', async () => {
    const result = await create(team.therapist, { startDate: '2026-02-30' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('fails clearly and writes nothing when the rest of the graph does not answer', async () => {
    const before = await planCount();
    const down = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: 'http://127.0.0.1:9/graphql' });
    try {
      const result = await down.request(CREATE, { input: input() }, team.therapist);
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await down.db.orm.em.fork().count(CarePlan)).toBe(0);
    } finally {
      await down.stop();
    }
    expect(await planCount()).toBe(before);
  });

  it('moves a plan along its lifecycle and refuses illegal moves with CONFLICT', async () => {
    const plan = (await create(team.therapist)).data!.createCarePlan;
    const active = await subgraph.request<{ setCarePlanStatus: { status: string; version: number } }>(STATUS, { id: plan.id, v: 1, s: 'ACTIVE' }, team.therapist);
    expect(active.data?.setCarePlanStatus).toEqual({ status: 'ACTIVE', version: 2 });
    const back = await subgraph.request(STATUS, { id: plan.id, v: 2, s: 'DRAFT' }, team.therapist);
    expect(back.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'status', currentStatus: 'ACTIVE' });
    expect((await subgraph.request(STATUS, { id: plan.id, v: 2, s: 'ON_HOLD' }, team.therapist)).errors).toBeUndefined();
    expect((await subgraph.request(STATUS, { id: plan.id, v: 3, s: 'ACTIVE' }, team.therapist)).errors).toBeUndefined();
    expect((await subgraph.request(STATUS, { id: plan.id, v: 4, s: 'COMPLETED' }, team.therapist)).errors).toBeUndefined();
    expect((await subgraph.request(STATUS, { id: plan.id, v: 5, s: 'ACTIVE' }, team.therapist)).errors?.[0].extensions?.code).toBe('CONFLICT');
    // The client cannot change the plan, and another therapist cannot even find it.
    expect((await subgraph.request(STATUS, { id: plan.id, v: 5, s: 'CANCELLED' }, team.client)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(STATUS, { id: plan.id, v: 5, s: 'CANCELLED' }, careTeam(graph).therapist)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses the second of two edits made from the same version, overwriting nothing', async () => {
    const plan = (await create(team.therapist)).data!.createCarePlan;
    const first = await subgraph.request(UPDATE, { id: plan.id, v: 1, input: { summary: 'First edit', reviewCadenceWeeks: 2 } }, team.therapist);
    expect(first.data).toEqual({ updateCarePlan: { summary: 'First edit', version: 2, nextReviewDue: '2026-12-21' } });
    const second = await subgraph.request(UPDATE, { id: plan.id, v: 1, input: { summary: 'Second edit' } }, team.therapist);
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const stored = await subgraph.db.orm.em.fork().findOneOrFail(CarePlan, { id: plan.id });
    expect({ summary: stored.summary, version: stored.version }).toEqual({ summary: 'First edit', version: 2 });
  });

  it('refuses concurrent edits from one version: exactly one lands', async () => {
    const plan = (await create(team.therapist)).data!.createCarePlan;
    const results = await Promise.all(
      ['A', 'B', 'C', 'D'].map((tag) => subgraph.request(UPDATE, { id: plan.id, v: 1, input: { summary: `Edit ${tag}` } }, team.therapist)),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(3);
    expect((await subgraph.db.orm.em.fork().findOneOrFail(CarePlan, { id: plan.id })).version).toBe(2);
  });

  it('adds and changes goals, with optimistic locking and target dates checked against the start', async () => {
    const plan = (await create(team.therapist)).data!.createCarePlan;
    const early = await subgraph.request(ADD_GOAL, { p: plan.id, input: { description: 'Bedtime before 23:30', category: 'SLEEP_ROUTINE', targetDate: '2026-01-01' } }, team.therapist);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetDate' });
    const added = await subgraph.request<{ addGoal: { id: string; version: number } }>(ADD_GOAL, { p: plan.id, input: { description: 'Bedtime before 23:30', category: 'SLEEP_ROUTINE' } }, team.therapist);
    const goalId = added.data!.addGoal.id;
    const changed = await subgraph.request(UPDATE_GOAL, { id: goalId, v: 1, input: { achievement: 'IMPROVING' } }, team.therapist);
    expect(changed.data).toEqual({ updateGoal: { description: 'Bedtime before 23:30', achievement: 'IMPROVING', version: 2 } });
    const stale = await subgraph.request(UPDATE_GOAL, { id: goalId, v: 1, input: { description: 'Something else entirely' } }, team.therapist);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await subgraph.request(UPDATE_GOAL, { id: goalId, v: 2, input: { achievement: 'ACHIEVED' } }, aClient())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(UPDATE_GOAL, { id: randomUUID(), v: 1, input: {} }, team.therapist)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

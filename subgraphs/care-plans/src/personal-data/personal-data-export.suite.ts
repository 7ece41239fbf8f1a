import { SYSTEM_USER_ID, type Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { carePlansSubgraph } from '../subgraph';
import { makeCarePlan, makeGoal } from '../test/care-plan-factory';

const EXPORT = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalDataExport { userId carePlans } } }';
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe('PersonalDataExport.carePlans', () => {
  let subgraph: TestSubgraph;
  const userId = randomUUID();
  const therapistId = randomUUID();
  const me: Caller = { userId, roles: ['CLIENT'] };
  const mine: string[] = [];
  let goalId: string;

  const exportOf = (id: string, caller: Caller) =>
    subgraph.request<{ _entities: Array<{ userId: string; carePlans: Array<Record<string, unknown>> } | null> }>(EXPORT, {
      r: [{ __typename: 'PersonalDataExport', userId: id }],
    }, caller);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(carePlansSubgraph);
    const em = subgraph.db.orm.em.fork();
    const first = makeCarePlan(em, { clientId: userId, therapistId, summary: 'Cook one "proper" meal, {any} day', createdAt: new Date('2026-01-05T09:00:00Z') });
    mine.push(first.id);
    goalId = makeGoal(em, first, 'Walk to the corner shop and back on my own twice a week').id;
    mine.push(makeCarePlan(em, { clientId: userId, therapistId, status: CarePlanStatus.DRAFT, createdAt: new Date('2026-04-01T09:00:00Z') }).id);
    // Someone else's plan with the same therapist, and a plan where this user's id is the therapist's listing id.
    makeCarePlan(em, { therapistId });
    makeCarePlan(em, { therapistId: userId });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it("returns exactly the caller's care plans as a client, every column and everything in them, in a fixed number of statements", async () => {
    subgraph.db.resetQueries();
    const result = await exportOf(userId, me);
    expect(result.errors).toBeUndefined();
    // Nine reads and one insert recording them in the plans' access logs.
    expect(subgraph.db.queries).toHaveLength(10);
    const [document] = result.data!._entities;
    expect(document?.userId).toBe(userId);
    expect(document?.carePlans.map((p) => p.id)).toEqual(mine);
    expect(document!.carePlans[0]).toMatchObject({
      id: mine[0],
      clientId: userId,
      therapistId,
      status: 'ACTIVE',
      summary: 'Cook one "proper" meal, {any} day',
      startDate: '2026-01-05',
      nextReviewDue: '2026-02-02',
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: expect.stringMatching(ISO),
      version: 1,
      subjectRef: null,
      retainUntil: null,
      activities: [],
      progressReviews: [],
      questionnaires: [],
      riskFlags: [],
    });
    expect(document!.carePlans[0].goals).toEqual([
      expect.objectContaining({ id: goalId, description: 'Walk to the corner shop and back on my own twice a week', carePlan: mine[0], status: 'ACTIVE' }),
    ]);
    expect(document!.carePlans[1]).toMatchObject({ status: 'DRAFT' });
  });

  it('returns an empty list to someone with no care plans', async () => {
    const stranger = randomUUID();
    const result = await exportOf(stranger, { userId: stranger, roles: ['CLIENT'] });
    expect(result.data?._entities).toEqual([{ userId: stranger, carePlans: [] }]);
  });

  it.each<[string, Caller, string]>([
    ['another client', { userId: randomUUID(), roles: ['CLIENT'] }, 'FORBIDDEN'],
    ['their therapist', { userId: randomUUID(), roles: ['THERAPIST'] }, 'FORBIDDEN'],
    ['an admin', { userId: randomUUID(), roles: ['ADMIN'] }, 'FORBIDDEN'],
    ['SYSTEM', { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] }, 'FORBIDDEN'],
    ['an anonymous caller', { userId: null, roles: [] }, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_, caller, code) => {
    const result = await exportOf(userId, caller);
    expect(result.data?._entities).toEqual([null]);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(JSON.stringify(result)).not.toContain(mine[0]);
  });

  it("refuses SYSTEM even for the SYSTEM principal's own id", async () => {
    const result = await exportOf(SYSTEM_USER_ID, { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('no longer holds plans retained after the account was erased', async () => {
    const erased = await subgraph.request('mutation($u: ID!) { eraseClientCarePlans(userId: $u) { retained deleted } }', { u: userId }, {
      userId: SYSTEM_USER_ID,
      roles: ['SYSTEM'],
    });
    expect(erased.data).toEqual({ eraseClientCarePlans: { retained: 1, deleted: 1 } });
    const result = await exportOf(userId, me);
    expect(result.data?._entities).toEqual([{ userId, carePlans: [] }]);
  });
});

import { SYSTEM_USER_ID, type Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { CarePlan } from '../care-plans/care-plan.entity';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { carePlansSubgraph } from '../subgraph';
import { makeCarePlan, makeGoal } from '../test/care-plan-factory';
import { Goal } from '../goals/goal.entity';

const ERASE = 'mutation($userId: ID!) { eraseClientCarePlans(userId: $userId) { retained deleted retainUntil } }';

interface ErasureResult {
  retained: number;
  deleted: number;
  retainUntil: string | null;
}

describe('eraseClientCarePlans', () => {
  let subgraph: TestSubgraph;
  const system: Caller = { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] };
  const clientId = randomUUID();
  const otherClientId = randomUUID();
  const therapistId = randomUUID();
  const therapistUserId = randomUUID();
  const kept: Record<string, string> = {};
  let draft: string;
  let othersPlan: string;
  // The latest change among the client's plans: the last contact the retention counts from.
  const lastChange = new Date('2026-09-14T15:42:07.123Z');

  /** Every stored plan, freshly read, as plain objects. */
  const rows = async () =>
    (await subgraph.db.orm.em.fork().find(CarePlan, {}, { orderBy: { id: 'asc' } })).map((plan) => ({ ...plan }));

  beforeAll(async () => {
    subgraph = await startTestSubgraph(carePlansSubgraph);
    const em = subgraph.db.orm.em.fork();
    const plan = (status: CarePlanStatus, updatedAt: Date) =>
      makeCarePlan(em, { clientId, therapistId, therapistUserId, status, createdAt: new Date('2025-01-06T09:00:00Z'), updatedAt }).id;
    kept.active = plan(CarePlanStatus.ACTIVE, new Date('2026-05-01T10:00:00Z'));
    kept.onHold = plan(CarePlanStatus.ON_HOLD, new Date('2026-02-01T10:00:00Z'));
    kept.completed = plan(CarePlanStatus.COMPLETED, lastChange);
    kept.cancelled = plan(CarePlanStatus.CANCELLED, new Date('2025-03-01T10:00:00Z'));
    // A draft written later than every kept plan: deleting it must not move the retention date.
    draft = plan(CarePlanStatus.DRAFT, new Date('2026-11-01T10:00:00Z'));
    othersPlan = makeCarePlan(em, { clientId: otherClientId, therapistId, therapistUserId }).id;
    await em.flush();
    makeGoal(em, em.getReference(CarePlan, kept.completed), 'Walk to the corner shop and back on my own twice a week');
    makeGoal(em, em.getReference(CarePlan, draft), 'Plan and cook two simple meals a week');
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it.each<[string, Caller, string]>([
    ['anonymous', { userId: null, roles: [] }, 'UNAUTHENTICATED'],
    ['the client themselves', { userId: clientId, roles: ['CLIENT'] }, 'FORBIDDEN'],
    ['a therapist', { userId: randomUUID(), roles: ['THERAPIST'] }, 'FORBIDDEN'],
    ['an admin', { userId: randomUUID(), roles: ['ADMIN'] }, 'FORBIDDEN'],
  ])('is refused to %s and changes nothing', async (_, caller, code) => {
    const before = await rows();
    const result = await subgraph.request(ERASE, { userId: clientId }, caller);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await rows()).toEqual(before);
  });

  it('names userId when it is not a user id', async () => {
    const result = await subgraph.request(ERASE, { userId: 'nope' }, system);
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'userId' });
  });

  it('retains every plan past the draft stage under one pseudonym until the last change + 20 years, and deletes drafts', async () => {
    const before = new Map((await rows()).map((row) => [row.id, row]));
    const result = await subgraph.request<{ eraseClientCarePlans: ErasureResult }>(ERASE, { userId: clientId }, system);
    expect(result.errors).toBeUndefined();
    const retainUntil = new Date('2046-09-14T15:42:07.123Z');
    expect(result.data?.eraseClientCarePlans).toEqual({ retained: 4, deleted: 1, retainUntil: retainUntil.toISOString() });

    const after = new Map((await rows()).map((row) => [row.id, row]));
    expect(after.has(draft)).toBe(false);
    const retained = Object.values(kept).map((id) => after.get(id)!);
    expect(new Set(retained.map((row) => row.subjectRef)).size).toBe(1);
    for (const row of retained) {
      const old = before.get(row.id)!;
      expect(row.clientId).toBeNull();
      expect(row.subjectRef).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.subjectRef).not.toBe(clientId);
      expect(row.retainUntil).toEqual(retainUntil);
      // The clinical content is untouched; the version moves so a stale edit fails.
      expect({ status: row.status, summary: row.summary, updatedAt: row.updatedAt }).toEqual({ status: old.status, summary: old.summary, updatedAt: old.updatedAt });
      expect(row.version).toBe(old.version + 1);
    }
    expect(after.get(othersPlan)).toEqual(before.get(othersPlan));
    // The retained plan keeps its goals; the deleted draft's went with it.
    const goals = await subgraph.db.orm.em.fork().find(Goal, {});
    expect(goals.map((goal) => goal.carePlan.id)).toEqual([kept.completed]);
  });

  it('changes nothing and reports zeros when run again', async () => {
    const before = await rows();
    const result = await subgraph.request<{ eraseClientCarePlans: ErasureResult }>(ERASE, { userId: clientId }, system);
    expect(result.data?.eraseClientCarePlans).toEqual({ retained: 0, deleted: 0, retainUntil: null });
    expect(await rows()).toEqual(before);
  });

  it('keeps retained plans out of User.carePlans but visible to their therapist, without a client', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on User { carePlans { id } }
      ... on Therapist { carePlans { id client { id } } }
      ... on CarePlan { id status client { id } }
    } }`;
    const result = await subgraph.request<{ _entities: Array<Record<string, unknown>> }>(query, {
      r: [
        { __typename: 'User', id: clientId },
        { __typename: 'Therapist', id: therapistId },
        { __typename: 'CarePlan', id: kept.completed },
      ],
    }, { userId: therapistUserId, roles: ['THERAPIST'] });
    expect(result.errors).toBeUndefined();
    const [user, therapist, plan] = result.data!._entities;
    expect(user).toEqual({ carePlans: [] });
    const plans = (therapist as { carePlans: Array<{ id: string; client: { id: string } | null }> }).carePlans;
    expect(plans.map((p) => p.id).sort()).toEqual([...Object.values(kept), othersPlan].sort());
    expect(plans.find((p) => p.id === othersPlan)?.client).toEqual({ id: otherClientId });
    expect(plans.filter((p) => p.id !== othersPlan).every((p) => p.client === null)).toBe(true);
    expect(plan).toEqual({ id: kept.completed, status: 'COMPLETED', client: null });
  });

  it('deletes the drafts of someone who only ever had drafts, retaining nothing', async () => {
    const em = subgraph.db.orm.em.fork();
    const drafter = randomUUID();
    makeCarePlan(em, { clientId: drafter, status: CarePlanStatus.DRAFT });
    makeCarePlan(em, { clientId: drafter, status: CarePlanStatus.DRAFT });
    await em.flush();
    const result = await subgraph.request<{ eraseClientCarePlans: ErasureResult }>(ERASE, { userId: drafter }, system);
    expect(result.data?.eraseClientCarePlans).toEqual({ retained: 0, deleted: 2, retainUntil: null });
  });
});

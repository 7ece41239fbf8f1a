import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { Activity } from '../activities/activity.entity';
import { ActivityType } from '../activities/activity-type';
import { carePlansSubgraph } from '../subgraph';
import { careTeam } from '../test/care-plan-callers';
import { makeCarePlan, makeGoal } from '../test/care-plan-factory';
import { GraphStandIn } from '../test/graph-stand-in';
import { AccessAction } from './access-action';
import { CarePlanAccessEntry } from './care-plan-access-entry.entity';

// Without the client's consent to process their health data (withdrawn, or never given), nothing new is
// written into their care plan by anyone: care-plans asks accounts through the graph before every such write.
describe("care-plan writes need the client's health-data consent", () => {
  let subgraph: TestSubgraph;
  const graph = new GraphStandIn();
  let team: ReturnType<typeof careTeam>;
  let planId: string;
  let goalId: string;
  let activityId: string;
  let version: number;

  beforeAll(async () => {
    await graph.start();
    subgraph = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: graph.url });
    team = careTeam(graph);
    const em = subgraph.db.orm.em.fork();
    const plan = makeCarePlan(em, { clientId: team.client.userId, therapistId: team.listingId, therapistUserId: team.therapist.userId, status: CarePlanStatus.ON_HOLD });
    planId = plan.id;
    const goal = makeGoal(em, plan);
    goalId = goal.id;
    activityId = em.create(Activity, { carePlan: plan, goal, type: ActivityType.PHYSICAL_ACTIVITY, timesPerWeek: 2, instructions: 'A short walk after breakfast' }).id;
    await em.flush();
    version = plan.version;
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  const audit = () => subgraph.db.orm.em.fork().count(CarePlanAccessEntry, { action: { $ne: AccessAction.READ } });
  const writes: Array<[string, string, () => Record<string, unknown>, () => Caller]> = [
    ['createCarePlan', 'mutation($c: ID!) { createCarePlan(input: { clientId: $c, focusConditions: [ANXIETY], summary: "Leave the house on weekday mornings", startDate: "2026-12-07" }) { id } }', () => ({ c: team.client.userId }), () => team.therapist],
    ['updateCarePlan', 'mutation($id: ID!, $v: Int!) { updateCarePlan(id: $id, expectedVersion: $v, input: { summary: "A new summary" }) { id } }', () => ({ id: planId, v: version }), () => team.therapist],
    ['setCarePlanStatus to ACTIVE', 'mutation($id: ID!, $v: Int!) { setCarePlanStatus(id: $id, expectedVersion: $v, status: ACTIVE) { id } }', () => ({ id: planId, v: version }), () => team.therapist],
    ['addGoal', 'mutation($p: ID!) { addGoal(carePlanId: $p, input: { description: "Bedtime before 23:30", category: SLEEP_ROUTINE }) { id } }', () => ({ p: planId }), () => team.therapist],
    ['updateGoal', 'mutation($id: ID!) { updateGoal(id: $id, expectedVersion: 1, input: { achievement: IMPROVING }) { id } }', () => ({ id: goalId }), () => team.therapist],
    ['addActivity', 'mutation($p: ID!) { addActivity(carePlanId: $p, input: { type: MINDFULNESS, timesPerWeek: 2, instructions: "Breathing practice" }) { id } }', () => ({ p: planId }), () => team.therapist],
    ['updateActivity', 'mutation($id: ID!) { updateActivity(id: $id, expectedVersion: 1, input: { timesPerWeek: 3 }) { id } }', () => ({ id: activityId }), () => team.therapist],
    ['logActivity (the client)', 'mutation($id: ID!) { logActivity(activityId: $id, input: { mood: 4 }) { id } }', () => ({ id: activityId }), () => team.client],
    ['submitQuestionnaire (the client)', 'mutation($p: ID!) { submitQuestionnaire(carePlanId: $p, input: { kind: GAD7, answers: [1, 1, 1, 1, 1, 1, 1] }) { id } }', () => ({ p: planId }), () => team.client],
    ['recordProgressReview', 'mutation($p: ID!, $v: Int!) { recordProgressReview(carePlanId: $p, expectedVersion: $v, input: { notes: "Reviewed together", phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0] }) { id } }', () => ({ p: planId, v: version }), () => team.therapist],
  ];

  it.each(writes)('refuses %s with FORBIDDEN naming the consent, writing nothing', async (_, mutation, variables, caller) => {
    graph.withoutConsent.add(team.client.userId!);
    try {
      const before = await audit();
      const result = await subgraph.request(mutation, variables(), caller());
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0].message).toMatch(/consent to process .* health data/);
      expect(await audit()).toBe(before);
    } finally {
      graph.withoutConsent.delete(team.client.userId!);
    }
  });

  it('still lets the therapist close the plan without consent (winding care down records nothing new)', async () => {
    graph.withoutConsent.add(team.client.userId!);
    try {
      const current = await subgraph.request<{ carePlan: { version: number } }>('query($id: ID!) { carePlan(id: $id) { version } }', { id: planId }, team.therapist);
      const closed = await subgraph.request<{ setCarePlanStatus: { version: number } }>(
        'mutation($id: ID!, $v: Int!) { setCarePlanStatus(id: $id, expectedVersion: $v, status: CANCELLED) { version } }',
        { id: planId, v: current.data!.carePlan.version },
        team.therapist,
      );
      expect(closed.errors).toBeUndefined();
    } finally {
      graph.withoutConsent.delete(team.client.userId!);
    }
  });

  it('accepts the writes again once consent is given', async () => {
    const other = careTeam(graph);
    const created = await subgraph.request<{ createCarePlan: { id: string } }>(writes[0][1], { c: other.client.userId }, other.therapist);
    expect(created.errors).toBeUndefined();
    const goal = await subgraph.request(writes[3][1], { p: created.data!.createCarePlan.id }, other.therapist);
    expect(goal.errors).toBeUndefined();
    expect(graph.received).toContain('HealthDataConsent');
  });
});

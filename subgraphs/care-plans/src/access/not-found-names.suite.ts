import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { Activity } from '../activities/activity.entity';
import { ActivityType } from '../activities/activity-type';
import { carePlansSubgraph } from '../subgraph';
import { careTeam } from '../test/care-plan-callers';
import { makeCarePlan, makeGoal } from '../test/care-plan-factory';
import { GraphStandIn } from '../test/graph-stand-in';

const UPDATE_GOAL = 'mutation($id: ID!) { updateGoal(id: $id, expectedVersion: 1, input: { achievement: IMPROVING }) { id } }';
const UPDATE_ACTIVITY = 'mutation($id: ID!) { updateActivity(id: $id, expectedVersion: 1, input: { active: false }) { id } }';
const LOG = 'mutation($id: ID!) { logActivity(activityId: $id) { id } }';
const SUBMIT = 'mutation($p: ID!) { submitQuestionnaire(carePlanId: $p, input: { kind: PHQ9, answers: [0, 0, 0, 0, 0, 0, 0, 0, 2] }) { id } }';
const PLAN = 'query($id: ID!) { carePlan(id: $id) { riskFlags { id } } }';
const ACK = 'mutation($id: ID!) { acknowledgeRiskFlag(id: $id, action: "Called the client the same day") { id } }';

// A NOT_FOUND for someone else's record names only what the caller asked for: never the plan it belongs to.
describe("NOT_FOUND for someone else's goal, activity or risk flag", () => {
  let subgraph: TestSubgraph;
  const graph = new GraphStandIn();
  let team: ReturnType<typeof careTeam>;
  let stranger: ReturnType<typeof careTeam>;
  let planId: string;
  let goalId: string;
  let activityId: string;
  let flagId: string;

  beforeAll(async () => {
    await graph.start();
    subgraph = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: graph.url });
    team = careTeam(graph);
    stranger = careTeam(graph);
    const em = subgraph.db.orm.em.fork();
    const plan = makeCarePlan(em, { clientId: team.client.userId, therapistId: team.listingId, therapistUserId: team.therapist.userId, status: CarePlanStatus.ACTIVE });
    planId = plan.id;
    const goal = makeGoal(em, plan);
    goalId = goal.id;
    activityId = em.create(Activity, { carePlan: plan, goal, type: ActivityType.PHYSICAL_ACTIVITY, timesPerWeek: 2, instructions: 'A short walk after breakfast' }).id;
    await em.flush();
    expect((await subgraph.request(SUBMIT, { p: planId }, team.client)).errors).toBeUndefined();
    const flags = await subgraph.request<{ carePlan: { riskFlags: Array<{ id: string }> } }>(PLAN, { id: planId }, team.therapist);
    flagId = flags.data!.carePlan.riskFlags[0].id;
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  it.each<[string, string, () => Record<string, string>, () => string, 'therapist' | 'client']>([
    ['a goal', UPDATE_GOAL, () => ({ id: goalId }), () => goalId, 'therapist'],
    ['an activity', UPDATE_ACTIVITY, () => ({ id: activityId }), () => activityId, 'therapist'],
    ['an activity to log', LOG, () => ({ id: activityId }), () => activityId, 'client'],
    ['a risk flag', ACK, () => ({ id: flagId }), () => flagId, 'therapist'],
  ])('names %s, not its care plan', async (_, mutation, variables, askedId, who) => {
    const result = await subgraph.request(mutation, variables(), stranger[who]);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('NOT_FOUND');
    expect(error?.extensions?.id).toBe(askedId());
    expect(JSON.stringify(error)).not.toContain(planId);
    expect(error?.message).toContain(askedId());
  });
});

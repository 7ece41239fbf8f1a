import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { ActivityLog } from '../activities/activity-log.entity';
import { Activity } from '../activities/activity.entity';
import { ActivityType } from '../activities/activity-type';
import { carePlansSubgraph } from '../subgraph';
import { makeCarePlan, makeGoal } from '../test/care-plan-factory';
import { ProgressReview } from '../reviews/progress-review.entity';
import { ReviewGoalUpdate } from '../reviews/review-goal-update.entity';
import { GoalAchievement, GoalStatus } from '../goals/goal-enums';

/** Every list field of a care plan and of what it holds, as a therapist's app would ask for them. */
const CONTENT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CarePlan {
  id focusConditions goals { id } activities { id goal { id } logs(last: 3) { mood } }
  questionnaires { total } riskFlags { id }
} } }`;
const REVIEWS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CarePlan {
  reviews { id copm { problem } goalUpdates { goal { id } achievement } questionnaires { total } booking { id } }
} } }`;
const TRENDS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on CarePlan {
  trends { measures { measure points { value } } goals { goal { id } points { score } } }
} } }`;

describe('care-plan list fields cost the same number of statements for 10 plans as for 100', () => {
  let subgraph: TestSubgraph;
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const planIds: string[] = [];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(carePlansSubgraph);
    const em = subgraph.db.orm.em.fork();
    for (let i = 0; i < 100; i++) {
      const plan = makeCarePlan(em, { therapistUserId: therapist.userId });
      planIds.push(plan.id);
      const goal = makeGoal(em, plan);
      const activity = em.create(Activity, { carePlan: plan, goal, type: ActivityType.MINDFULNESS, timesPerWeek: 3, instructions: 'Breathing practice' });
      for (let d = 1; d <= 5; d++) em.create(ActivityLog, { activity, carePlan: plan, doneAt: new Date(Date.UTC(2026, 9, d)), mood: 3, loggedBy: plan.clientId! });
      const review = em.create(ProgressReview, { carePlan: plan, reviewedAt: new Date('2026-10-05T10:00:00Z'), notes: 'Fine', recordedBy: therapist.userId!, bookingId: randomUUID() });
      em.create(ReviewGoalUpdate, { review, goal, status: GoalStatus.ACTIVE, achievement: GoalAchievement.IMPROVING, reviewedAt: review.reviewedAt });
    }
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  async function statementsFor(query: string, count: number): Promise<number> {
    subgraph.db.resetQueries();
    const result = await subgraph.request<{ _entities: unknown[] }>(query, { r: planIds.slice(0, count).map((id) => ({ __typename: 'CarePlan', id })) }, therapist);
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(count);
    return subgraph.db.queries.length;
  }

  it.each([
    ['goals, activities with their goal and latest logs, questionnaires, risk flags', CONTENT, 9],
    ['reviews with COPM, goal updates, questionnaires and session', REVIEWS, 5],
    ['trends of measures and goals', TRENDS, 6],
  ])('%s', async (_, query, atMost) => {
    const ten = await statementsFor(query, 10);
    expect(await statementsFor(query, 100)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(atMost);
  });

  it('reads every activity log page right', async () => {
    const result = await subgraph.request<{ _entities: Array<{ activities: Array<{ logs: Array<{ mood: number }> }> }> }>(CONTENT, { r: planIds.slice(0, 100).map((id) => ({ __typename: 'CarePlan', id })) }, therapist);
    expect(result.data?._entities.every((plan) => plan.activities[0].logs.length === 3)).toBe(true);
  });
});

import type { Caller } from '@caregraph/kernel';
import { createContext } from '@caregraph/runtime';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { CarePlan } from '../care-plans/care-plan.entity';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { QuestionnaireResponse } from '../measures/questionnaire-response.entity';
import { carePlansSubgraph } from '../subgraph';
import { careTeam } from '../test/care-plan-callers';
import { makeCarePlan, makeGoal } from '../test/care-plan-factory';
import { GraphStandIn } from '../test/graph-stand-in';
import { ProgressReview } from './progress-review.entity';
import { Goal } from '../goals/goal.entity';
import { loadGoals } from '../goals/goal.service';
import { loadResponses } from '../measures/questionnaire.service';
import { loadReviews } from './progress-review.service';
import { ReviewGoalUpdate } from './review-goal-update.entity';
import { trendsOf } from '../trends/trends.service';

const REVIEW = `mutation($p: ID!, $v: Int!, $input: ProgressReviewInput!) {
  recordProgressReview(carePlanId: $p, expectedVersion: $v, input: $input) {
    id reviewedAt notes copmPerformance copmSatisfaction copmPerformanceChange copmPerformanceMeaningful copmSatisfactionMeaningful
    copm { problem performance satisfaction } goalUpdates { goal { id } status achievement } booking { id }
    questionnaires { kind total severity answers }
  }
}`;
const SUBMIT = 'mutation($p: ID!, $input: QuestionnaireInput!) { submitQuestionnaire(carePlanId: $p, input: $input) { kind total severity answers } }';
const ACK = 'mutation($id: ID!, $a: String!) { acknowledgeRiskFlag(id: $id, action: $a) { acknowledgedAt action } }';
const ADD_ACTIVITY = 'mutation($p: ID!, $input: ActivityInput!) { addActivity(carePlanId: $p, input: $input) { id goal { id } } }';
const LOG = 'mutation($a: ID!, $input: ActivityLogInput) { logActivity(activityId: $a, input: $input) { mood note doneAt } }';
const PLAN = `query($id: ID!) { carePlan(id: $id) { version lastReviewedOn nextReviewDue
  riskFlags { id reason acknowledgedAt }
  activities { logs(last: 5) { mood } }
  trends { measures { measure points { value band meaningfulChange } } goals { goal { id } points { achievement score } } }
} }`;

describe('activities, questionnaires, risk flags and progress reviews', () => {
  let subgraph: TestSubgraph;
  const graph = new GraphStandIn();
  let team: ReturnType<typeof careTeam>;
  let planId: string;
  let goalId: string;
  const completed = randomUUID();
  const upcoming = randomUUID();
  const someoneElses = randomUUID();

  const review = (caller: Caller, v: number, input: Record<string, unknown>) =>
    subgraph.request<{ recordProgressReview: Record<string, unknown> }>(REVIEW, { p: planId, v, input: { notes: 'Reviewed together', ...input } }, caller);
  const plan = () =>
    subgraph.request<{ carePlan: Record<string, any> }>(PLAN, { id: planId }, team.therapist).then((r) => {
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data!.carePlan;
    });
  const counts = async () => {
    const em = subgraph.db.orm.em.fork();
    return [await em.count(ProgressReview), await em.count(QuestionnaireResponse)];
  };

  beforeAll(async () => {
    await graph.start();
    subgraph = await startTestSubgraph(carePlansSubgraph, { gatewayUrl: graph.url });
    team = careTeam(graph);
    const em = subgraph.db.orm.em.fork();
    const p = makeCarePlan(em, { clientId: team.client.userId, therapistId: team.listingId, therapistUserId: team.therapist.userId, status: CarePlanStatus.ACTIVE, startDate: '2026-09-01' });
    planId = p.id;
    goalId = makeGoal(em, p).id;
    await em.flush();
    const session = { clientId: team.client.userId!, therapistId: team.listingId, startsAt: '2026-10-05T10:00:00.000Z' };
    graph.bookings.set(completed, { ...session, status: 'COMPLETED' });
    graph.bookings.set(upcoming, { ...session, status: 'CONFIRMED' });
    graph.bookings.set(someoneElses, { ...session, clientId: randomUUID(), status: 'COMPLETED' });
  });
  afterAll(async () => {
    await subgraph.stop();
    await graph.stop();
  });

  it('lets the client log an activity with a mood, and refuses the therapist, bad moods and future times', async () => {
    const added = await subgraph.request<{ addActivity: { id: string; goal: { id: string } } }>(ADD_ACTIVITY, {
      p: planId,
      input: { type: 'PHYSICAL_ACTIVITY', timesPerWeek: 3, instructions: 'A fifteen-minute walk before lunch', goalId },
    }, team.therapist);
    expect(added.data?.addActivity.goal).toEqual({ id: goalId });
    const activityId = added.data!.addActivity.id;
    const logged = await subgraph.request(LOG, { a: activityId, input: { mood: 4, note: 'Felt good' } }, team.client);
    expect(logged.data).toMatchObject({ logActivity: { mood: 4, note: 'Felt good' } });
    expect((await subgraph.request(LOG, { a: activityId }, team.client)).errors).toBeUndefined();
    expect((await subgraph.request(LOG, { a: activityId, input: { mood: 6 } }, team.client)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const future = await subgraph.request(LOG, { a: activityId, input: { doneAt: new Date(Date.now() + 86_400_000).toISOString() } }, team.client);
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.doneAt' });
    expect((await subgraph.request(LOG, { a: activityId }, team.therapist)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const wrongGoal = await subgraph.request(ADD_ACTIVITY, { p: planId, input: { type: 'MINDFULNESS', timesPerWeek: 2, instructions: 'Breathing practice', goalId: randomUUID() } }, team.therapist);
    expect(wrongGoal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.goalId' });
    expect((await plan()).activities[0].logs.map((l: { mood: number | null }) => l.mood).sort()).toEqual([4, null].sort());
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['eight PHQ-9 answers', { kind: 'PHQ9', answers: [0, 1, 2, 3, 0, 1, 2, 3] }, 'input.answers'],
    ['a PHQ-9 answer of 4', { kind: 'PHQ9', answers: [0, 1, 4, 0, 0, 0, 0, 0, 0] }, 'input.answers.2'],
    ['nine GAD-7 answers', { kind: 'GAD7', answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] }, 'input.answers'],
    ['a negative GAD-7 answer', { kind: 'GAD7', answers: [0, 0, 0, -1, 0, 0, 0] }, 'input.answers.3'],
  ])('refuses a questionnaire with %s naming the item, writing nothing', async (_, input, field) => {
    const before = await counts();
    const result = await subgraph.request(SUBMIT, { p: planId, input }, team.client);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('scores a PHQ-9 the client completes, raises a risk flag on item 9, and lets only the therapist acknowledge it once', async () => {
    const result = await subgraph.request(SUBMIT, { p: planId, input: { kind: 'PHQ9', answers: [2, 2, 1, 2, 1, 1, 1, 1, 2] } }, team.client);
    expect(result.data).toEqual({ submitQuestionnaire: { kind: 'PHQ9', total: 13, severity: 'MODERATE', answers: [2, 2, 1, 2, 1, 1, 1, 1, 2] } });
    const gad = await subgraph.request(SUBMIT, { p: planId, input: { kind: 'GAD7', answers: [3, 3, 3, 3, 3, 0, 0] } }, team.client);
    expect(gad.data).toMatchObject({ submitQuestionnaire: { total: 15, severity: 'SEVERE' } });
    const [flag] = (await plan()).riskFlags;
    expect(flag).toMatchObject({ reason: 'PHQ-9 item 9 (thoughts of self-harm) answered 2 of 3.', acknowledgedAt: null });
    expect((await subgraph.request(ACK, { id: flag.id, a: 'Called the client' }, team.client)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(ACK, { id: flag.id, a: 'ok' }, team.therapist)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
    const acknowledged = await subgraph.request(ACK, { id: flag.id, a: 'Called the client the same day; safety plan reviewed' }, team.therapist);
    expect(acknowledged.data).toMatchObject({ acknowledgeRiskFlag: { action: 'Called the client the same day; safety plan reviewed' } });
    expect((await subgraph.request(ACK, { id: flag.id, a: 'Called again' }, team.therapist)).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a session that has not happened', { bookingId: upcoming }, 'input.bookingId'],
    ["another client's session", { bookingId: someoneElses }, 'input.bookingId'],
    ['an unknown session', { bookingId: randomUUID() }, 'input.bookingId'],
    ['a COPM rating of 11', { copm: [{ problem: 'Shopping', performance: 11, satisfaction: 5 }] }, 'performance'],
    ['six COPM problems', { copm: Array.from({ length: 6 }, (_, i) => ({ problem: `Problem ${i}`, performance: 5, satisfaction: 5 })) }, 'copm'],
    ['a GAD-7 of six answers', { gad7: [1, 1, 1, 1, 1, 1] }, 'input.gad7'],
    ['a goal of another plan', { goalUpdates: [{ goalId: randomUUID(), achievement: 'IMPROVING' }] }, 'input.goalUpdates.0.goalId'],
  ])('refuses a review with %s naming the field, writing nothing', async (_, input, field) => {
    const before = await counts();
    const { version } = await plan();
    const result = await review(team.therapist, version, input);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(result.errors?.[0].extensions?.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it('records a review at a completed session: goal updates, COPM averages, questionnaires, and the next review date', async () => {
    const { version } = await plan();
    const result = await review(team.therapist, version, {
      bookingId: completed,
      goalUpdates: [{ goalId, status: 'ACTIVE', achievement: 'IMPROVING' }],
      copm: [{ problem: 'Getting to the shops', performance: 3, satisfaction: 2 }, { problem: 'Cooking', performance: 4, satisfaction: 4 }],
      phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0],
      gad7: [1, 1, 1, 1, 1, 1, 1],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordProgressReview).toMatchObject({
      reviewedAt: '2026-10-05T10:00:00.000Z',
      copmPerformance: 3.5,
      copmSatisfaction: 3,
      copmPerformanceChange: null,
      copmPerformanceMeaningful: false,
      goalUpdates: [{ goal: { id: goalId }, status: 'ACTIVE', achievement: 'IMPROVING' }],
      booking: { id: completed },
      questionnaires: [{ kind: 'PHQ9', total: 8, severity: 'MILD' }, { kind: 'GAD7', total: 7, severity: 'MILD' }],
    });
    const after = await plan();
    expect(after).toMatchObject({ lastReviewedOn: '2026-10-05', nextReviewDue: '2026-11-02', version: version + 1 });
    const again = await review(team.therapist, after.version, { bookingId: completed });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.bookingId' });
  });

  it('flags a COPM change of 2 points or more as meaningful, and charts measures and goals over time', async () => {
    const { version } = await plan();
    const result = await review(team.therapist, version, {
      reviewedAt: '2026-11-02T10:00:00.000Z',
      goalUpdates: [{ goalId, achievement: 'ACHIEVED' }],
      copm: [{ problem: 'Getting to the shops', performance: 6, satisfaction: 4 }, { problem: 'Cooking', performance: 5, satisfaction: 5 }],
    });
    expect(result.data!.recordProgressReview).toMatchObject({ copmPerformance: 5.5, copmPerformanceChange: 2, copmPerformanceMeaningful: true, copmSatisfactionMeaningful: false });
    const stale = await review(team.therapist, version, { notes: 'From a stale copy' });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { trends } = await plan();
    const measure = (name: string) => trends.measures.find((m: { measure: string }) => m.measure === name).points;
    expect(measure('COPM_PERFORMANCE').map((p: { value: number; meaningfulChange: boolean }) => [p.value, p.meaningfulChange])).toEqual([[3.5, false], [5.5, true]]);
    expect(measure('PHQ9').map((p: { value: number; band: string }) => [p.value, p.band])).toEqual([[8, 'MILD'], [13, 'MODERATE']]);
    expect(trends.goals).toEqual([{ goal: { id: goalId }, points: [{ achievement: 'IMPROVING', score: 3 }, { achievement: 'ACHIEVED', score: 4 }] }]);
  });

  it('refuses a review from the client or of a DRAFT plan', async () => {
    const { version } = await plan();
    expect((await review(team.client, version, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const em = subgraph.db.orm.em.fork();
    const draft = makeCarePlan(em, { clientId: team.client.userId, therapistId: team.listingId, therapistUserId: team.therapist.userId, status: CarePlanStatus.DRAFT });
    await em.flush();
    const result = await subgraph.request(REVIEW, { p: draft.id, v: 1, input: { notes: 'Too early' } }, team.therapist);
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await subgraph.db.orm.em.fork().findOneOrFail(CarePlan, { id: draft.id })).version).toBe(1);
  });

  it('reads goals, reviews, responses and goal updates as em.find does (the read-only path of trends)', async () => {
    const ctx = createContext({ em: subgraph.db.orm.em, requestId: 'equivalence', logger: subgraph.subgraph.logger });
    const em = subgraph.db.orm.em.fork();
    const other = makeCarePlan(em, { clientId: team.client.userId, therapistId: team.listingId, therapistUserId: team.therapist.userId });
    await em.flush();
    const plain = (rows: object[]) => rows.map((row) => JSON.parse(JSON.stringify({ ...row, carePlan: undefined, goal: undefined, review: undefined })));
    const keys = (rows: Array<{ carePlan?: { id: string }; goal?: { id: string } }>) => rows.map((row) => [row.carePlan?.id, row.goal?.id]);
    const [goals, reviews, responses, empty] = await Promise.all([loadGoals(ctx, planId), loadReviews(ctx, planId), loadResponses(ctx, planId), loadGoals(ctx, other.id)]);
    const fresh = () => subgraph.db.orm.em.fork();
    const expected = {
      goals: await fresh().find(Goal, { carePlan: planId }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      reviews: await fresh().find(ProgressReview, { carePlan: planId }, { orderBy: { reviewedAt: 'desc', id: 'asc' } }),
      responses: await fresh().find(QuestionnaireResponse, { carePlan: planId }, { orderBy: { completedAt: 'asc', kind: 'desc', id: 'asc' } }),
    };
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    expect(responses.length).toBeGreaterThanOrEqual(2);
    for (const [read, found] of [[goals, expected.goals], [reviews, expected.reviews], [responses, expected.responses]] as const) {
      expect(plain(read)).toEqual(plain(found));
      expect(keys(read)).toEqual(keys(found));
    }
    expect(empty).toEqual([]);
    // The trend's goal points: the same updates, oldest first, as em.find with the goal populated.
    const updates = await fresh().find(ReviewGoalUpdate, { goal: { carePlan: planId } }, { populate: ['goal'], orderBy: { reviewedAt: 'asc', id: 'asc' } });
    const plan = await fresh().findOneOrFail(CarePlan, { id: planId });
    const trends = await trendsOf(ctx, plan);
    expect(trends.goals.map((g) => [g.goal.id, g.points.map((p) => [p.at.toISOString(), p.status, p.achievement])])).toEqual(
      [[goalId, updates.map((u) => [u.reviewedAt.toISOString(), u.status, u.achievement])]],
    );
  });
});

import { seed } from '@caregraph/runtime';
import { demoRoster } from '@caregraph/demo-data';
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { ActivityLog } from '../activities/activity-log.entity';
import { CarePlan } from '../care-plans/care-plan.entity';
import { Goal } from '../goals/goal.entity';
import { QuestionnaireResponse } from '../measures/questionnaire-response.entity';
import { QuestionnaireKind } from '../measures/questionnaire-scoring';
import { RiskFlag } from '../measures/risk-flag.entity';
import { ProgressReview } from '../reviews/progress-review.entity';
import { carePlansSubgraph } from '../subgraph';

describe('demo seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(carePlansSubgraph);
  });
  afterAll(() => db.drop());

  it('inserts the roster care plans once and leaves them alone afterwards', async () => {
    const expected = demoRoster().carePlans;
    expect(await seed(carePlansSubgraph, db.orm)).toBe(expected.length);
    expect(await seed(carePlansSubgraph, db.orm)).toBe(0);
    const em = db.orm.em.fork();
    const stored = await em.find(CarePlan, {}, { orderBy: { id: 'asc' } });
    const shape = (p: { id: string; clientId: string | null; therapistId: string; status: string }) => [p.id, p.clientId, p.therapistId, p.status];
    expect(stored.map(shape)).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)).map(shape));
    const goals = await em.find(Goal, {}, { populate: ['carePlan'] });
    for (const plan of expected) {
      expect(goals.filter((g) => g.carePlan.id === plan.id).map((g) => g.description).sort()).toEqual([...plan.goals].sort());
    }
  });

  it('gives the plans a believable trajectory: reviews at completed sessions, falling PHQ-9, rising COPM, risk flags in both states, overdue reviews', async () => {
    const em = db.orm.em.fork();
    const plans = await em.find(CarePlan, {});
    expect(new Set(plans.map((p) => p.status))).toEqual(new Set(['DRAFT', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED']));
    expect(plans.every((p) => p.therapistUserId !== null)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect(plans.filter((p) => p.status === 'ACTIVE' && p.nextReviewDue < today).length).toBeGreaterThan(0);
    const reviews = await em.find(ProgressReview, {}, { orderBy: { reviewedAt: 'asc' } });
    expect(reviews.length).toBeGreaterThan(plans.length);
    expect(reviews.every((r) => r.bookingId !== null)).toBe(true);
    const responses = await em.find(QuestionnaireResponse, { kind: QuestionnaireKind.PHQ9 }, { orderBy: { completedAt: 'asc' } });
    const byPlan = new Map<string, number[]>();
    responses.forEach((r) => byPlan.set(r.carePlan.id, [...(byPlan.get(r.carePlan.id) ?? []), r.total]));
    for (const totals of byPlan.values()) expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const laterCopm = reviews.filter((r) => r.copmPerformanceChange !== null);
    expect(laterCopm.every((r) => r.copmPerformanceChange! >= 2)).toBe(true);
    const flags = await em.find(RiskFlag, {});
    expect(flags.some((f) => f.acknowledgedAt === null)).toBe(true);
    expect(flags.some((f) => f.acknowledgedAt !== null && f.action)).toBe(true);
    expect(await em.count(ActivityLog)).toBeGreaterThan(100);
  });
});

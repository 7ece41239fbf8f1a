import { groupedByKey, readOnlyEntities, readRows, type SubgraphContext } from '@caregraph/runtime';
import type { CarePlan } from '../care-plans/care-plan.entity';
import { loadGoals } from '../goals/goal.service';
import { ACHIEVEMENT_SCORE } from '../goals/goal-enums';
import { isMeaningfulChange } from '../measures/copm';
import { loadResponses } from '../measures/questionnaire.service';
import { ReviewGoalUpdate } from '../reviews/review-goal-update.entity';
import { loadReviews } from '../reviews/progress-review.service';
import { CarePlanTrends, OutcomeMeasure, type GoalTrendPoint, type MeasurePoint } from './trend.types';

/**
 * Goal updates of each plan, oldest first: one statement for any number of plans. Read-only
 * (readOnlyEntities): `goal` is a reference holding the goal's id, all a trend needs of it.
 */
function loadGoalUpdatesOfPlan(ctx: SubgraphContext, carePlanId: string): Promise<ReviewGoalUpdate[]> {
  return ctx
    .loader<string, ReviewGoalUpdate[]>('ReviewGoalUpdate.byPlan', async (planIds) => {
      const updates = readOnlyEntities(ctx.em, ReviewGoalUpdate);
      const ids = [...planIds];
      const columns = updates.columns.map((column) => `u."${column}"`).join(', ');
      const rows = await readRows<Record<string, unknown> & { plan_id: string }>(
        ctx.em,
        `select ${columns}, g."care_plan_id" as "plan_id" from ${updates.table} u join "care_plan_goals" g on g."id" = u."goal_id"
          where g."care_plan_id" in (${ids.map(() => '?').join(', ')}) order by u."reviewed_at", u."id"`,
        ids,
        { prepared: true },
      );
      const byPlan = groupedByKey(planIds, rows, (row) => row.plan_id);
      return byPlan.map((planRows) => planRows.map(updates.fromRow));
    })
    .load(carePlanId);
}

/** Builds a plan's trends from its questionnaires, reviews and goal updates (four batched statements for a page of plans). */
export async function trendsOf(ctx: SubgraphContext, plan: CarePlan): Promise<CarePlanTrends> {
  const [responses, reviews, goals, updates] = await Promise.all([
    loadResponses(ctx, plan.id),
    loadReviews(ctx, plan.id),
    loadGoals(ctx, plan.id),
    loadGoalUpdatesOfPlan(ctx, plan.id),
  ]);
  const questionnaire = (measure: OutcomeMeasure.PHQ9 | OutcomeMeasure.GAD7): MeasurePoint[] =>
    responses.filter((r) => (r.kind as string) === measure).map((r) => ({ at: r.completedAt, value: r.total, band: r.severity, meaningfulChange: false }));
  const oldestFirst = [...reviews].reverse().filter((review) => review.copmPerformance !== null);
  const copm = (value: 'copmPerformance' | 'copmSatisfaction', change: 'copmPerformanceChange' | 'copmSatisfactionChange'): MeasurePoint[] =>
    oldestFirst.map((review) => ({ at: review.reviewedAt, value: review[value]!, band: null, meaningfulChange: isMeaningfulChange(review[change]) }));
  return {
    measures: [
      { measure: OutcomeMeasure.PHQ9, points: questionnaire(OutcomeMeasure.PHQ9) },
      { measure: OutcomeMeasure.GAD7, points: questionnaire(OutcomeMeasure.GAD7) },
      { measure: OutcomeMeasure.COPM_PERFORMANCE, points: copm('copmPerformance', 'copmPerformanceChange') },
      { measure: OutcomeMeasure.COPM_SATISFACTION, points: copm('copmSatisfaction', 'copmSatisfactionChange') },
    ],
    goals: goals.map((goal) => ({
      goal,
      points: updates
        .filter((update) => update.goal.id === goal.id)
        .map((update): GoalTrendPoint => ({ at: update.reviewedAt, status: update.status, achievement: update.achievement, score: ACHIEVEMENT_SCORE[update.achievement] })),
    })),
  };
}

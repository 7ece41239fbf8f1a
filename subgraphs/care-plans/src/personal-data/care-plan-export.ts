import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, toExportObject } from '@caregraph/runtime';
import { CarePlanAccessEntry } from '../access/care-plan-access-entry.entity';
import { ActivityLog } from '../activities/activity-log.entity';
import { Activity } from '../activities/activity.entity';
import { CarePlan } from '../care-plans/care-plan.entity';
import { Goal } from '../goals/goal.entity';
import { QuestionnaireResponse } from '../measures/questionnaire-response.entity';
import { RiskFlag } from '../measures/risk-flag.entity';
import { ProgressReview } from '../reviews/progress-review.entity';
import { ReviewGoalUpdate } from '../reviews/review-goal-update.entity';

/**
 * Every care plan where `userId` is the client, oldest first, each with all its columns and everything in it
 * (goals, activities and logs, reviews with goal updates, questionnaires, risk flags) and who accessed it.
 * Nine statements whatever the number of plans. Retained records of an erased account have no client, so
 * they are no one's export.
 */
export async function exportClientCarePlans(em: EntityManager, userId: string): Promise<Array<Record<string, unknown>>> {
  if (!isUuid(userId)) return [];
  const plans = await em.find(CarePlan, { clientId: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  if (plans.length === 0) return [];
  const inPlans = { carePlan: { $in: plans } };
  const [goals, activities, logs, reviews, questionnaires, riskFlags, goalUpdates, accesses] = await Promise.all([
    em.find(Goal, inPlans, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.find(Activity, inPlans, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.find(ActivityLog, inPlans, { orderBy: { doneAt: 'asc', id: 'asc' } }),
    em.find(ProgressReview, inPlans, { orderBy: { reviewedAt: 'asc', id: 'asc' } }),
    em.find(QuestionnaireResponse, inPlans, { orderBy: { completedAt: 'asc', id: 'asc' } }),
    em.find(RiskFlag, inPlans, { orderBy: { raisedAt: 'asc', id: 'asc' } }),
    em.find(ReviewGoalUpdate, { goal: { carePlan: { $in: plans } } }, { orderBy: { reviewedAt: 'asc', id: 'asc' } }),
    em.find(CarePlanAccessEntry, { carePlanId: { $in: plans.map((p) => p.id) } }, { orderBy: { at: 'asc', id: 'asc' } }),
  ]);
  const of = <T extends { carePlan: { id: string } }>(rows: T[], planId: string) => rows.filter((row) => row.carePlan.id === planId).map(toExportObject);
  return plans.map((plan) => ({
    ...toExportObject(plan),
    goals: of(goals, plan.id),
    activities: of(activities, plan.id),
    activityLogs: of(logs, plan.id),
    progressReviews: of(reviews, plan.id),
    goalUpdates: goalUpdates.filter((u) => reviews.some((r) => r.id === u.review.id && r.carePlan.id === plan.id)).map(toExportObject),
    questionnaires: of(questionnaires, plan.id),
    riskFlags: of(riskFlags, plan.id),
    accessLog: accesses.filter((a) => a.carePlanId === plan.id).map(toExportObject),
  }));
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRoster } from '@caregraph/demo-data';
import { ActivityLog } from '../activities/activity-log.entity';
import { Activity } from '../activities/activity.entity';
import { CarePlan } from '../care-plans/care-plan.entity';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { nextReviewDue, ukDateOf } from '../care-plans/plan-dates';
import { Goal } from '../goals/goal.entity';
import { GoalAchievement, GoalStatus } from '../goals/goal-enums';
import { copmSummary } from '../measures/copm';
import { QuestionnaireResponse } from '../measures/questionnaire-response.entity';
import { QuestionnaireKind, raisesRiskFlag, riskFlagReason, scored } from '../measures/questionnaire-scoring';
import { RiskFlag } from '../measures/risk-flag.entity';
import { ProgressReview } from '../reviews/progress-review.entity';
import { ReviewGoalUpdate } from '../reviews/review-goal-update.entity';
import { activityFor, categoryOf, copmAt, gad7At, phq9At } from './demo-trajectory';

const DAY = 86_400_000;
const ACHIEVEMENT_BY_STEP = [GoalAchievement.IN_PROGRESS, GoalAchievement.IMPROVING, GoalAchievement.ACHIEVED];

/**
 * Inserts the demo care plans when the table is empty: each with goals, activities and a few weeks of logs,
 * and (past the draft) progress reviews at the client's completed sessions with COPM, PHQ-9 and GAD-7 that
 * improve believably. Some plans hold a risk flag (one open, one acknowledged), some are overdue for review.
 */
export async function seedDemo(em: EntityManager): Promise<number> {
  const now = new Date();
  if ((await em.count(CarePlan)) > 0) return 0;
  const roster = demoRoster(now);
  const therapistById = new Map(roster.therapists.map((t) => [t.id, t]));
  roster.carePlans.forEach((demo, index) => {
    const therapist = therapistById.get(demo.therapistId)!;
    const sessions = roster.bookings.filter((b) => b.clientId === demo.clientId && b.therapistId === demo.therapistId).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const completed = sessions.filter((b) => b.status === 'COMPLETED');
    const status = demo.status as CarePlanStatus;
    const startDate = ukDateOf(sessions[0]?.startsAt ?? now);
    // Every third plan is reviewed weekly, so it shows as overdue; the others monthly.
    const reviewCadenceWeeks = index % 3 === 0 ? 1 : 4;
    const plan = em.create(CarePlan, {
      id: demo.id,
      clientId: demo.clientId,
      therapistId: demo.therapistId,
      therapistUserId: therapist.userId,
      status,
      focusConditions: therapist.conditions.slice(0, 2) as CarePlan['focusConditions'],
      summary: `Building a steadier week: ${demo.goals.map((g) => g.toLowerCase()).join('; ')}.`,
      startDate,
      reviewCadenceWeeks,
      nextReviewDue: nextReviewDue({ startDate, lastReviewedOn: null, reviewCadenceWeeks }),
    });
    const goals = demo.goals.map((description) =>
      em.create(Goal, { carePlan: plan, description, category: categoryOf(description), status: status === CarePlanStatus.DRAFT ? GoalStatus.PROPOSED : GoalStatus.ACTIVE }),
    );
    goals.forEach((goal, g) => {
      const activity = em.create(Activity, { carePlan: plan, goal, ...activityFor(goal.category) });
      if (status === CarePlanStatus.DRAFT) return;
      for (let day = 20; day >= 1; day -= 3) {
        em.create(ActivityLog, {
          activity,
          carePlan: plan,
          doneAt: new Date(now.getTime() - day * DAY - (g + 1) * 3_600_000),
          mood: Math.min(5, 2 + Math.floor((20 - day) / 7) + (g % 2)),
          loggedBy: demo.clientId,
        });
      }
    });
    if (status === CarePlanStatus.DRAFT) return;
    let previous: ProgressReview | null = null;
    completed.forEach((booking, step) => {
      const ratings = copmAt(step, demo.goals);
      const review = em.create(ProgressReview, {
        carePlan: plan,
        bookingId: booking.id,
        reviewedAt: booking.startsAt,
        notes: step === 0 ? 'First review: agreed where to start and how to log activities.' : 'Steady progress; routines holding on most days.',
        copm: ratings,
        ...copmSummary(ratings, previous),
        recordedBy: therapist.userId,
      });
      previous = review;
      const achievement = ACHIEVEMENT_BY_STEP[Math.min(step, ACHIEVEMENT_BY_STEP.length - 1)];
      goals.forEach((goal) => {
        goal.achievement = achievement;
        em.create(ReviewGoalUpdate, { review, goal, status: goal.status, achievement, reviewedAt: booking.startsAt });
      });
      const phq9 = phq9At(step, index % 4 === 1);
      const gad7 = gad7At(step);
      for (const [kind, answers] of [[QuestionnaireKind.PHQ9, phq9], [QuestionnaireKind.GAD7, gad7]] as const) {
        const response = em.create(QuestionnaireResponse, {
          carePlan: plan, reviewId: review.id, kind, answers: [...answers], ...scored(kind, answers), respondent: 'THERAPIST', completedAt: booking.startsAt,
        });
        if (raisesRiskFlag(kind, answers)) {
          // Every other flagged plan has its flag acknowledged, so the demo shows both states.
          const acknowledged = index % 8 === 1;
          em.create(RiskFlag, {
            carePlan: plan,
            questionnaire: response,
            reason: riskFlagReason(answers),
            raisedAt: booking.startsAt,
            ...(acknowledged ? { acknowledgedAt: new Date(booking.startsAt.getTime() + 3_600_000), acknowledgedBy: therapist.userId, action: 'Talked it through in the session; safety plan agreed and GP informed.' } : {}),
          });
        }
      }
      plan.lastReviewedOn = ukDateOf(booking.startsAt);
      plan.nextReviewDue = nextReviewDue(plan);
    });
  });
  await em.flush();
  return roster.carePlans.length;
}

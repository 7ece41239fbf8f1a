import { ConflictError, UserInputError } from '@caregraph/kernel';
import { groupedByKey, isUuid, readEntitiesWhereIn, type SubgraphContext } from '@caregraph/runtime';
import { assertClientConsents } from '../access/client-consent';
import { AccessAction } from '../access/access-action';
import { recordWrite } from '../access/access-log.service';
import { planForEdit } from '../care-plans/plan-for-edit';
import { CarePlanStatus } from '../care-plans/care-plan-status';
import { nextReviewDue, ukDateOf } from '../care-plans/plan-dates';
import { assertCurrentVersion } from '../care-plans/version-check';
import { Goal } from '../goals/goal.entity';
import { copmSummary } from '../measures/copm';
import { QuestionnaireKind } from '../measures/questionnaire-scoring';
import { addResponse, assertValidAnswers } from '../measures/questionnaire.service';
import { ProgressReview } from './progress-review.entity';
import type { ProgressReviewInput } from './progress-review.input';
import { confirmReviewBooking } from './review-booking';
import { ReviewGoalUpdate } from './review-goal-update.entity';

/** Plans that can be reviewed: not drafts, not closed. */
const REVIEWABLE = new Set([CarePlanStatus.ACTIVE, CarePlanStatus.ON_HOLD, CarePlanStatus.COMPLETED]);

function assertValidMeasures(input: ProgressReviewInput): void {
  if (input.phq9) assertValidAnswers(QuestionnaireKind.PHQ9, input.phq9, 'input.phq9');
  if (input.gad7) assertValidAnswers(QuestionnaireKind.GAD7, input.gad7, 'input.gad7');
  const goalIds = (input.goalUpdates ?? []).map((update) => update.goalId);
  const bad = goalIds.findIndex((id) => !isUuid(id));
  if (bad >= 0) throw new UserInputError(`input.goalUpdates.${bad}.goalId`, 'goalId must be a goal id (a UUID).');
  const repeated = goalIds.findIndex((id, i) => goalIds.indexOf(id) !== i);
  if (repeated >= 0) throw new UserInputError(`input.goalUpdates.${repeated}.goalId`, 'Each goal can be updated once per review.');
  if (input.bookingId && !isUuid(input.bookingId)) throw new UserInputError('input.bookingId', 'bookingId must be a booking id (a UUID).');
}

/**
 * Records a progress review (the plan's therapist only): notes, goal updates, COPM ratings with their
 * averages and change since the last COPM, PHQ-9/GAD-7 (a risk flag when PHQ-9 item 9 is above 0), and
 * moves the plan's next review date. From the plan version the caller read; one transaction.
 */
export async function recordProgressReview(ctx: SubgraphContext, carePlanId: string, expectedVersion: number, input: ProgressReviewInput): Promise<ProgressReview> {
  assertValidMeasures(input);
  // Checked before the transaction: the graph call must not hold a database transaction open.
  const plan0 = await planForEdit(ctx, ctx.em.fork(), carePlanId, 'carePlanId');
  await assertClientConsents(ctx, plan0.clientId);
  const sessionStart = input.bookingId ? await confirmReviewBooking(ctx, plan0, input.bookingId) : null;
  const reviewedAt = input.reviewedAt ?? sessionStart ?? new Date();
  if (reviewedAt.getTime() > Date.now() + 5 * 60_000) throw new UserInputError('input.reviewedAt', 'reviewedAt must not be in the future.');
  return ctx.em.transactional(async (tx) => {
    const plan = await planForEdit(ctx, tx, carePlanId, 'carePlanId');
    assertCurrentVersion(plan, expectedVersion, 'care plan');
    if (!REVIEWABLE.has(plan.status)) throw new ConflictError(`A ${plan.status} care plan cannot be reviewed.`);
    if (input.bookingId && (await tx.count(ProgressReview, { bookingId: input.bookingId })) > 0) {
      throw new ConflictError('This session already has a progress review.', 'CONFLICT', 'input.bookingId');
    }
    const ratings = input.copm?.length ? input.copm.map((r) => ({ problem: r.problem.trim(), performance: r.performance, satisfaction: r.satisfaction })) : null;
    const previous = ratings
      ? await tx.findOne(ProgressReview, { carePlan: plan, copm: { $ne: null } }, { orderBy: { reviewedAt: 'desc', id: 'desc' } })
      : null;
    const review = tx.create(ProgressReview, {
      carePlan: plan,
      bookingId: input.bookingId ?? null,
      reviewedAt,
      notes: input.notes.trim(),
      copm: ratings,
      ...(ratings ? copmSummary(ratings, previous) : {}),
      recordedBy: ctx.caller.userId!,
    });
    recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.CREATE, recordType: 'ProgressReview', recordId: review.id, actorRole: 'THERAPIST' });

    const updates = input.goalUpdates ?? [];
    const goals = updates.length ? await tx.find(Goal, { id: { $in: updates.map((u) => u.goalId) }, carePlan: plan }) : [];
    updates.forEach((update, i) => {
      const goal = goals.find((g) => g.id === update.goalId);
      if (!goal) throw new UserInputError(`input.goalUpdates.${i}.goalId`, 'goalId must be a goal of this care plan.');
      if (update.status) goal.status = update.status;
      goal.achievement = update.achievement;
      goal.updatedAt = new Date();
      tx.create(ReviewGoalUpdate, { review, goal, status: goal.status, achievement: goal.achievement, reviewedAt });
      recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.UPDATE, recordType: 'Goal', recordId: goal.id, actorRole: 'THERAPIST' });
    });

    if (input.phq9) addResponse(tx, ctx, plan, { kind: QuestionnaireKind.PHQ9, answers: input.phq9, respondent: 'THERAPIST', completedAt: reviewedAt, reviewId: review.id });
    if (input.gad7) addResponse(tx, ctx, plan, { kind: QuestionnaireKind.GAD7, answers: input.gad7, respondent: 'THERAPIST', completedAt: reviewedAt, reviewId: review.id });

    const reviewedOn = ukDateOf(reviewedAt);
    if (!plan.lastReviewedOn || reviewedOn > plan.lastReviewedOn) plan.lastReviewedOn = reviewedOn;
    plan.nextReviewDue = nextReviewDue(plan);
    plan.updatedAt = new Date();
    recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.UPDATE, recordType: 'CarePlan', recordId: plan.id, actorRole: 'THERAPIST' });
    await tx.flush();
    return review;
  });
}

/** Each plan's reviews, newest first: one statement for any number of plans. */
export function loadReviews(ctx: SubgraphContext, carePlanId: string): Promise<ProgressReview[]> {
  return ctx
    .loader<string, ProgressReview[]>('ProgressReview.byPlan', async (planIds) => {
      // Read-only (readEntitiesWhereIn, `carePlan` a reference holding its id): reviews are only shown here.
      const reviews = await readEntitiesWhereIn(ctx.em, ProgressReview, 'care_plan_id', [...planIds], '"reviewed_at" desc, "id"');
      return groupedByKey(planIds, reviews, (row) => row.carePlan.id);
    })
    .load(carePlanId);
}

/** Each booking's review (for `Booking.progressReview`): one statement for any number of bookings. */
export function loadReviewForBooking(ctx: SubgraphContext, bookingId: string): Promise<ProgressReview | null> {
  return ctx
    .loader<string, ProgressReview | null>('ProgressReview.byBooking', async (bookingIds) => {
      const rows = await ctx.em.find(ProgressReview, { bookingId: { $in: [...bookingIds] } }, { populate: ['carePlan'] });
      const byBooking = new Map(rows.map((row) => [row.bookingId, row]));
      return bookingIds.map((id) => byBooking.get(id) ?? null);
    })
    .load(bookingId);
}

/** Goal updates of each review, with their goals: one statement for any number of reviews. */
export function loadGoalUpdates(ctx: SubgraphContext, reviewId: string): Promise<ReviewGoalUpdate[]> {
  return ctx
    .loader<string, ReviewGoalUpdate[]>('ReviewGoalUpdate.byReview', async (reviewIds) => {
      const rows = await ctx.em.find(ReviewGoalUpdate, { review: { $in: [...reviewIds] } }, { populate: ['goal'], orderBy: { id: 'asc' } });
      return groupedByKey(reviewIds, rows, (row) => row.review.id);
    })
    .load(reviewId);
}

import { UserInputError } from '@caregraph/kernel';
import { isUuid, type SubgraphContext } from '@caregraph/runtime';
import { AccessAction } from '../access/access-action';
import { recordWrite } from '../access/access-log.service';
import { assertClientConsents, assertConsentForPlan } from '../access/client-consent';
import { assertGoalDates, createGoal } from '../goals/goal.service';
import { CarePlan } from './care-plan.entity';
import type { CreateCarePlanInput, UpdateCarePlanInput } from './care-plan.input';
import { CarePlanStatus } from './care-plan-status';
import { assertTransition } from './care-plan-transitions';
import { confirmCareRelationship } from './care-relationship';
import { nextReviewDue } from './plan-dates';
import { planForEdit } from './plan-for-edit';
import { assertCurrentVersion } from './version-check';

function assertPlanDates(startDate: string, endDate: string | null): void {
  if (endDate && endDate < startDate) throw new UserInputError('endDate', `endDate (${endDate}) must not be before startDate (${startDate}).`);
}

/** Creates a DRAFT plan (with its first goals) for a client the caller has a care relationship with. One transaction. */
export async function createCarePlan(ctx: SubgraphContext, input: CreateCarePlanInput): Promise<CarePlan> {
  if (!isUuid(input.clientId)) throw new UserInputError('clientId', 'clientId must be a user id (a UUID).');
  assertPlanDates(input.startDate, input.endDate ?? null);
  (input.goals ?? []).forEach((goal, i) => assertGoalDates(input.startDate, goal.targetDate ?? null, `goals.${i}.targetDate`));
  const therapistId = await confirmCareRelationship(ctx, input.clientId);
  await assertClientConsents(ctx, input.clientId);
  return ctx.em.transactional(async (tx) => {
    const reviewCadenceWeeks = input.reviewCadenceWeeks ?? 4;
    const plan = tx.create(CarePlan, {
      clientId: input.clientId,
      therapistId,
      therapistUserId: ctx.caller.userId,
      focusConditions: [...new Set(input.focusConditions)],
      summary: input.summary.trim(),
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      reviewCadenceWeeks,
      nextReviewDue: nextReviewDue({ startDate: input.startDate, lastReviewedOn: null, reviewCadenceWeeks }),
    });
    recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.CREATE, recordType: 'CarePlan', recordId: plan.id, actorRole: 'THERAPIST' });
    for (const goalInput of input.goals ?? []) createGoal(tx, ctx, plan, goalInput);
    await tx.flush();
    return plan;
  });
}

/**
 * Applies `change` to a plan for its therapist, from the version the caller read, and records the update:
 * one transaction, so a refused change (stale version, bad dates, illegal move) writes nothing.
 */
async function changePlan(ctx: SubgraphContext, id: string, expectedVersion: number, change: (plan: CarePlan) => void): Promise<CarePlan> {
  return ctx.em.transactional(async (tx) => {
    const plan = await planForEdit(ctx, tx, id);
    assertCurrentVersion(plan, expectedVersion, 'care plan');
    change(plan);
    plan.updatedAt = new Date();
    recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.UPDATE, recordType: 'CarePlan', recordId: plan.id, actorRole: 'THERAPIST' });
    await tx.flush();
    return plan;
  });
}

/** Changes a plan's details (its therapist only), from the version the caller read. One transaction. */
export async function updateCarePlan(ctx: SubgraphContext, id: string, expectedVersion: number, input: UpdateCarePlanInput): Promise<CarePlan> {
  await assertConsentForPlan(ctx, id);
  return changePlan(ctx, id, expectedVersion, (plan) => {
    if (input.focusConditions) plan.focusConditions = [...new Set(input.focusConditions)];
    if (input.summary) plan.summary = input.summary.trim();
    if (input.startDate) plan.startDate = input.startDate;
    if (input.endDate !== undefined) plan.endDate = input.endDate;
    if (input.reviewCadenceWeeks) plan.reviewCadenceWeeks = input.reviewCadenceWeeks;
    assertPlanDates(plan.startDate, plan.endDate);
    plan.nextReviewDue = nextReviewDue(plan);
  });
}

/** Moves a plan along its lifecycle (its therapist only), from the version the caller read. One transaction. */
export async function setCarePlanStatus(ctx: SubgraphContext, id: string, expectedVersion: number, status: CarePlanStatus): Promise<CarePlan> {
  // Starting or resuming care needs the client's consent; holding, completing or cancelling a plan records nothing new.
  if (status === CarePlanStatus.ACTIVE) await assertConsentForPlan(ctx, id);
  return changePlan(ctx, id, expectedVersion, (plan) => {
    assertTransition(plan.status, status);
    plan.status = status;
  });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, UserInputError } from '@caregraph/kernel';
import { groupedByKey, isUuid, readEntitiesWhereIn, type SubgraphContext } from '@caregraph/runtime';
import { AccessAction } from '../access/access-action';
import { recordWrite } from '../access/access-log.service';
import { assertMayEdit } from '../access/care-plan-access';
import { assertConsentForPlan, assertConsentThrough } from '../access/client-consent';
import type { CarePlan } from '../care-plans/care-plan.entity';
import { planForEdit } from '../care-plans/plan-for-edit';
import { assertCurrentVersion } from '../care-plans/version-check';
import { Goal } from './goal.entity';
import { GoalStatus } from './goal-enums';
import type { GoalInput, UpdateGoalInput } from './goal.input';

/** A goal's target date may not be before its plan starts. */
export function assertGoalDates(planStart: string, targetDate: string | null, field: string): void {
  if (targetDate && targetDate < planStart) {
    throw new UserInputError(field, `The target date (${targetDate}) must not be before the plan starts (${planStart}).`);
  }
}

/** Adds a new goal of `plan`, with its audit row, to the transaction `tx` (the therapist's write). */
export function createGoal(tx: EntityManager, ctx: SubgraphContext, plan: CarePlan, input: GoalInput): Goal {
  const goal = tx.create(Goal, {
    carePlan: plan,
    description: input.description.trim(),
    category: input.category,
    targetDate: input.targetDate ?? null,
    status: input.status ?? GoalStatus.PROPOSED,
  });
  recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.CREATE, recordType: 'Goal', recordId: goal.id, actorRole: 'THERAPIST' });
  return goal;
}

/** Adds a goal to a plan (its therapist only). One transaction. */
export async function addGoal(ctx: SubgraphContext, carePlanId: string, input: GoalInput): Promise<Goal> {
  await assertConsentForPlan(ctx, carePlanId);
  return ctx.em.transactional(async (tx) => {
    const plan = await planForEdit(ctx, tx, carePlanId, 'carePlanId');
    assertGoalDates(plan.startDate, input.targetDate ?? null, 'input.targetDate');
    const goal = createGoal(tx, ctx, plan, input);
    await tx.flush();
    return goal;
  });
}

/** Changes a goal (its plan's therapist only), from the version the caller read. One transaction. */
export async function updateGoal(ctx: SubgraphContext, id: string, expectedVersion: number, input: UpdateGoalInput): Promise<Goal> {
  if (!isUuid(id)) throw new UserInputError('id', 'id must be a goal id (a UUID).');
  await assertConsentThrough(ctx, (em) => em.findOne(Goal, { id }, { populate: ['carePlan'] }), ['THERAPIST'], { entity: 'Goal', id });
  return ctx.em.transactional(async (tx) => {
    const goal = await tx.findOne(Goal, { id }, { populate: ['carePlan'] });
    if (!goal) throw new NotFoundError('Goal', id);
    assertMayEdit(ctx, goal.carePlan, goal.carePlan.id, ['THERAPIST'], { entity: 'Goal', id });
    assertCurrentVersion(goal, expectedVersion, 'goal');
    if (input.description) goal.description = input.description.trim();
    if (input.category) goal.category = input.category;
    if (input.targetDate !== undefined) goal.targetDate = input.targetDate;
    if (input.status) goal.status = input.status;
    if (input.achievement) goal.achievement = input.achievement;
    assertGoalDates(goal.carePlan.startDate, goal.targetDate, 'input.targetDate');
    goal.updatedAt = new Date();
    recordWrite(tx, ctx, { carePlanId: goal.carePlan.id, action: AccessAction.UPDATE, recordType: 'Goal', recordId: goal.id, actorRole: 'THERAPIST' });
    await tx.flush();
    return goal;
  });
}

/**
 * Each plan's goals, oldest first, through the request's loader: one statement for any number of plans.
 * Read-only goals (readEntitiesWhereIn, `carePlan` a reference holding its id): a plan's goals are only shown.
 */
export function loadGoals(ctx: SubgraphContext, carePlanId: string): Promise<Goal[]> {
  return ctx
    .loader<string, Goal[]>('Goal.byPlan', async (planIds) => {
      const goals = await readEntitiesWhereIn(ctx.em, Goal, 'care_plan_id', [...planIds], '"created_at", "id"');
      return groupedByKey(planIds, goals, (goal) => goal.carePlan.id);
    })
    .load(carePlanId);
}

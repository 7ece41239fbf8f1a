import { ConflictError, NotFoundError, UserInputError } from '@caregraph/kernel';
import { byIds, groupedByKey, isUuid, type SubgraphContext } from '@caregraph/runtime';
import { AccessAction } from '../access/access-action';
import { recordWrite } from '../access/access-log.service';
import { assertMayEdit } from '../access/care-plan-access';
import { assertConsentForPlan, assertConsentThrough } from '../access/client-consent';
import { planForEdit } from '../care-plans/plan-for-edit';
import { IN_USE } from '../care-plans/care-plan-transitions';
import { assertCurrentVersion } from '../care-plans/version-check';
import { Goal } from '../goals/goal.entity';
import { ActivityLog } from './activity-log.entity';
import { Activity } from './activity.entity';
import type { ActivityInput, ActivityLogInput, UpdateActivityInput } from './activity.input';

/** A log may be a little ahead of the server's clock (phones drift), not more. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Adds an activity to a plan (its therapist only). One transaction. */
export async function addActivity(ctx: SubgraphContext, carePlanId: string, input: ActivityInput): Promise<Activity> {
  await assertConsentForPlan(ctx, carePlanId);
  return ctx.em.transactional(async (tx) => {
    const plan = await planForEdit(ctx, tx, carePlanId, 'carePlanId');
    let goal: Goal | null = null;
    if (input.goalId) {
      goal = isUuid(input.goalId) ? await tx.findOne(Goal, { id: input.goalId, carePlan: plan }) : null;
      if (!goal) throw new UserInputError('input.goalId', 'goalId must be a goal of this care plan.');
    }
    const activity = tx.create(Activity, { carePlan: plan, goal, type: input.type, timesPerWeek: input.timesPerWeek, instructions: input.instructions.trim() });
    recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.CREATE, recordType: 'Activity', recordId: activity.id, actorRole: 'THERAPIST' });
    await tx.flush();
    return activity;
  });
}

/** Changes an activity (its plan's therapist only), from the version the caller read. One transaction. */
export async function updateActivity(ctx: SubgraphContext, id: string, expectedVersion: number, input: UpdateActivityInput): Promise<Activity> {
  if (!isUuid(id)) throw new UserInputError('id', 'id must be an activity id (a UUID).');
  await assertConsentThrough(ctx, (em) => em.findOne(Activity, { id }, { populate: ['carePlan'] }), ['THERAPIST'], { entity: 'Activity', id });
  return ctx.em.transactional(async (tx) => {
    const activity = await tx.findOne(Activity, { id }, { populate: ['carePlan'] });
    if (!activity) throw new NotFoundError('Activity', id);
    assertMayEdit(ctx, activity.carePlan, activity.carePlan.id, ['THERAPIST'], { entity: 'Activity', id });
    assertCurrentVersion(activity, expectedVersion, 'activity');
    if (input.timesPerWeek) activity.timesPerWeek = input.timesPerWeek;
    if (input.instructions) activity.instructions = input.instructions.trim();
    if (typeof input.active === 'boolean') activity.active = input.active;
    recordWrite(tx, ctx, { carePlanId: activity.carePlan.id, action: AccessAction.UPDATE, recordType: 'Activity', recordId: activity.id, actorRole: 'THERAPIST' });
    await tx.flush();
    return activity;
  });
}

/** The client logs that they did an activity, while the plan is in use. One transaction. */
export async function logActivity(ctx: SubgraphContext, activityId: string, input: ActivityLogInput): Promise<ActivityLog> {
  if (!isUuid(activityId)) throw new UserInputError('activityId', 'activityId must be an activity id (a UUID).');
  const doneAt = input.doneAt ?? new Date();
  if (doneAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw new UserInputError('input.doneAt', 'doneAt must not be in the future.');
  await assertConsentThrough(ctx, (em) => em.findOne(Activity, { id: activityId }, { populate: ['carePlan'] }), ['CLIENT'], { entity: 'Activity', id: activityId });
  return ctx.em.transactional(async (tx) => {
    const activity = await tx.findOne(Activity, { id: activityId }, { populate: ['carePlan'] });
    if (!activity) throw new NotFoundError('Activity', activityId);
    const plan = assertMayEdit(ctx, activity.carePlan, activity.carePlan.id, ['CLIENT'], { entity: 'Activity', id: activityId });
    if (!IN_USE.has(plan.status)) throw new ConflictError(`Activities can be logged while the plan is ACTIVE or ON_HOLD; this plan is ${plan.status}.`);
    if (!activity.active) throw new ConflictError('This activity was retired by your therapist; it can no longer be logged.');
    const log = tx.create(ActivityLog, { activity, carePlan: plan, doneAt, mood: input.mood ?? null, note: input.note?.trim() || null, loggedBy: ctx.caller.userId! });
    recordWrite(tx, ctx, { carePlanId: plan.id, action: AccessAction.CREATE, recordType: 'ActivityLog', recordId: log.id, actorRole: 'CLIENT' });
    await tx.flush();
    return log;
  });
}

/** Each plan's activities, oldest first: one statement for any number of plans. */
export function loadActivities(ctx: SubgraphContext, carePlanId: string): Promise<Activity[]> {
  return ctx
    .loader<string, Activity[]>('Activity.byPlan', async (planIds) => {
      const rows = await ctx.em.find(Activity, { carePlan: { $in: [...planIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupedByKey(planIds, rows, (activity) => activity.carePlan.id);
    })
    .load(carePlanId);
}

/** Each activity's latest `limit` logs, newest first: one statement for any number of activities. */
export function loadRecentLogs(ctx: SubgraphContext, activityId: string, limit: number): Promise<ActivityLog[]> {
  return ctx
    .loader<string, ActivityLog[]>(`ActivityLog.recent:${limit}`, async (activityIds) => {
      // A window per activity, so a page of activities costs one statement whatever their logs.
      const rows: Array<{ id: string }> = await ctx.em.getConnection().execute(
        `select id from (
           select id, row_number() over (partition by activity_id order by done_at desc, id) as n
             from care_plan_activity_logs where activity_id in (${activityIds.map(() => '?').join(', ')})
         ) ranked where n <= ?`,
        [...activityIds, limit],
      );
      const logs = rows.length ? await ctx.em.find(ActivityLog, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { doneAt: 'desc', id: 'asc' } }) : [];
      return groupedByKey(activityIds, logs, (log) => log.activity.id);
    })
    .load(activityId);
}

/** A goal by id (for `Activity.goal`): one statement for a page of activities. */
export function loadGoal(ctx: SubgraphContext, goalId: string): Promise<Goal | null> {
  return ctx
    .loader<string, Goal | null>('Goal.byId', async (ids) => byIds(ids, await ctx.em.find(Goal, { id: { $in: [...ids] } })))
    .load(goalId);
}

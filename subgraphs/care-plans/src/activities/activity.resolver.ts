import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { CONSENT_NEEDED } from '../access/client-consent';
import { Goal } from '../goals/goal.entity';
import { ActivityLog } from './activity-log.entity';
import { Activity } from './activity.entity';
import { ActivityInput, ActivityLogInput, UpdateActivityInput } from './activity.input';
import { addActivity, loadGoal, loadRecentLogs, logActivity, updateActivity } from './activity.service';

/** Most log entries one activity lists at a time. */
const MAX_LOGS = 100;

/** Activities: the therapist adds and changes them, the client logs them. */
@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Goal, { nullable: true, description: 'The goal the activity works towards, if any.' })
  goal(@Root() activity: Activity, @Ctx() ctx: SubgraphContext): Promise<Goal | null> {
    return activity.goal ? loadGoal(ctx, activity.goal.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [ActivityLog], { description: 'The latest times the client did it, newest first.' })
  logs(
    @Root() activity: Activity,
    @Arg('last', () => Int, { defaultValue: 20, description: `How many of the latest entries: 1 to ${MAX_LOGS}.` }) last: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ActivityLog[]> {
    if (last < 1 || last > MAX_LOGS) throw new UserInputError('last', `last must be between 1 and ${MAX_LOGS}.`);
    return loadRecentLogs(ctx, activity.id, last);
  }

  @Authorized('THERAPIST')
  @Mutation(() => Activity, { description: 'Adds an activity to a care plan (its therapist only).' + CONSENT_NEEDED })
  addActivity(
    @Arg('carePlanId', () => ID, { description: 'The care plan.' }) carePlanId: string,
    @Arg('input', () => ActivityInput, { description: 'The activity.' }) input: ActivityInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Activity> {
    return addActivity(ctx, carePlanId, input);
  }

  @Authorized('THERAPIST')
  @Mutation(() => Activity, { description: "Changes or retires an activity (its plan's therapist only), from the version you read." + CONSENT_NEEDED })
  updateActivity(
    @Arg('id', () => ID, { description: 'The activity.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The activity `version` you last read.' }) expectedVersion: number,
    @Arg('input', () => UpdateActivityInput, { description: 'The changes.' }) input: UpdateActivityInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Activity> {
    return updateActivity(ctx, id, expectedVersion, input);
  }

  @Authorized()
  @Mutation(() => ActivityLog, { description: 'Logs that you did an activity (the plan\'s client only, while the plan is ACTIVE or ON_HOLD): the one-tap log.' + CONSENT_NEEDED })
  logActivity(
    @Arg('activityId', () => ID, { description: 'The activity.' }) activityId: string,
    @Arg('input', () => ActivityLogInput, { nullable: true, description: 'When, mood 1–5 and a note; all optional.' }) input: ActivityLogInput | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ActivityLog> {
    return logActivity(ctx, activityId, input ?? {});
  }
}

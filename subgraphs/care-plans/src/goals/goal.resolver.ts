import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CONSENT_NEEDED } from '../access/client-consent';
import { Goal } from './goal.entity';
import { GoalInput, UpdateGoalInput } from './goal.input';
import { addGoal, updateGoal } from './goal.service';

/** Adding and changing goals: the therapist's side (goal updates at reviews go through `recordProgressReview`). */
@Resolver(() => Goal)
export class GoalResolver {
  @Authorized('THERAPIST')
  @Mutation(() => Goal, { description: "Adds a goal to a care plan (its therapist only). A target date before the plan's start is BAD_USER_INPUT." + CONSENT_NEEDED })
  addGoal(
    @Arg('carePlanId', () => ID, { description: 'The care plan.' }) carePlanId: string,
    @Arg('input', () => GoalInput, { description: 'The goal.' }) input: GoalInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Goal> {
    return addGoal(ctx, carePlanId, input);
  }

  @Authorized('THERAPIST')
  @Mutation(() => Goal, { description: "Changes a goal (its plan's therapist only), from the version you read: a stale one is CONFLICT." + CONSENT_NEEDED })
  updateGoal(
    @Arg('id', () => ID, { description: 'The goal.' }) id: string,
    @Arg('expectedVersion', () => Int, { description: 'The goal `version` you last read.' }) expectedVersion: number,
    @Arg('input', () => UpdateGoalInput, { description: 'The changes.' }) input: UpdateGoalInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Goal> {
    return updateGoal(ctx, id, expectedVersion, input);
  }
}

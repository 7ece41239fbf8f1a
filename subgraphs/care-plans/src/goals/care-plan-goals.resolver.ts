import { Ctx, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CarePlanContent } from '../access/care-plan-content.guard';
import { CarePlan } from '../care-plans/care-plan.entity';
import { Goal } from './goal.entity';
import { loadGoals } from './goal.service';

/** `CarePlan.goals`: the goals feature's part of a plan (guarded and recorded like all plan content). */
@Resolver(() => CarePlan)
export class CarePlanGoalsResolver {
  @FieldResolver(() => [Goal], { description: "The plan's goals, oldest first." })
  @UseMiddleware(CarePlanContent)
  goals(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<Goal[]> {
    return loadGoals(ctx, plan.id);
  }
}

import { Ctx, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CarePlanContent } from '../access/care-plan-content.guard';
import { CarePlan } from '../care-plans/care-plan.entity';
import { Activity } from './activity.entity';
import { loadActivities } from './activity.service';

/** `CarePlan.activities`: the activities feature's part of a plan (guarded and recorded like all plan content). */
@Resolver(() => CarePlan)
export class CarePlanActivitiesResolver {
  @FieldResolver(() => [Activity], { description: 'The activities the client does between sessions, oldest first (retired ones included, marked inactive).' })
  @UseMiddleware(CarePlanContent)
  activities(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<Activity[]> {
    return loadActivities(ctx, plan.id);
  }
}

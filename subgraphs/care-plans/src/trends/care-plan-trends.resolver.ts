import { Ctx, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CarePlanContent } from '../access/care-plan-content.guard';
import { CarePlan } from '../care-plans/care-plan.entity';
import { CarePlanTrends } from './trend.types';
import { trendsOf } from './trends.service';

/** `CarePlan.trends`: measures and goals over time, for progress charts (guarded and recorded like all plan content). */
@Resolver(() => CarePlan)
export class CarePlanTrendsResolver {
  @FieldResolver(() => CarePlanTrends, { description: 'Measures and goals over time, for progress charts.' })
  @UseMiddleware(CarePlanContent)
  trends(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<CarePlanTrends> {
    return trendsOf(ctx, plan);
  }
}

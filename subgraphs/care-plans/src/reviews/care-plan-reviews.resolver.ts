import { Ctx, FieldResolver, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CarePlanContent } from '../access/care-plan-content.guard';
import { CarePlan } from '../care-plans/care-plan.entity';
import { ProgressReview } from './progress-review.entity';
import { loadReviews } from './progress-review.service';

/** `CarePlan.reviews`: the progress reviews' part of a plan (guarded and recorded like all plan content). */
@Resolver(() => CarePlan)
export class CarePlanReviewsResolver {
  @FieldResolver(() => [ProgressReview], { description: 'Progress reviews, newest first.' })
  @UseMiddleware(CarePlanContent)
  reviews(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<ProgressReview[]> {
    return loadReviews(ctx, plan.id);
  }
}

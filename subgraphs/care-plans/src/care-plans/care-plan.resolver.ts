import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { type SubgraphContext, isUuid } from '@caregraph/runtime';
import { maySeePlan } from '../access/care-plan-access';
import { CarePlanContent } from '../access/care-plan-content.guard';
import { TherapistStub } from '../references/therapist.stub';
import { UserStub } from '../references/user.stub';
import { CarePlan } from './care-plan.entity';
import { CarePlanService } from './care-plan.service';
import { CarePlanStatus } from './care-plan-status';
import { ukDateOf } from './plan-dates';

/**
 * `carePlan(id)`, `overdueCarePlanReviews`, a plan's references and its review due date. The content lists
 * (goals, activities, reviews, measures, trends) are resolved by their own features' folders.
 */
@Resolver(() => CarePlan)
export class CarePlanResolver {
  @Query(() => CarePlan, {
    nullable: true,
    description: 'One care plan by id, or null when there is none or the caller may not see it (only its client, its therapist and admins may; admins see status only).',
  })
  async carePlan(@Arg('id', () => ID, { description: "The care plan's id." }) id: string, @Ctx() ctx: SubgraphContext): Promise<CarePlan | null> {
    if (!isUuid(id)) throw new UserInputError('id', 'id must be a care plan id (a UUID).');
    const plan = await CarePlanService.load(ctx, id);
    return plan && maySeePlan(ctx, plan) ? plan : null;
  }

  @Authorized('THERAPIST')
  @Query(() => [CarePlan], { description: "The caller's ACTIVE care plans whose next review is overdue (due before today, UK time), most overdue first. Therapists only." })
  overdueCarePlanReviews(@Ctx() ctx: SubgraphContext): Promise<CarePlan[]> {
    return ctx.em.find(
      CarePlan,
      { therapistUserId: ctx.caller.userId, status: CarePlanStatus.ACTIVE, nextReviewDue: { $lt: ukDateOf(new Date()) } },
      { orderBy: { nextReviewDue: 'asc', id: 'asc' } },
    );
  }

  @FieldResolver(() => UserStub, {
    nullable: true,
    description: "The client the plan is for; null when the client's account was erased and the plan is kept only as a clinical record.",
  })
  client(@Root() plan: CarePlan): UserStub | null {
    return plan.clientId ? { id: plan.clientId } : null;
  }

  @FieldResolver(() => TherapistStub, { description: 'The occupational therapist who agreed the plan with the client.' })
  therapist(@Root() plan: CarePlan): TherapistStub {
    return { id: plan.therapistId };
  }

  @FieldResolver(() => Boolean, { description: 'True when the plan is ACTIVE and its next review was due before today (UK time).' })
  @UseMiddleware(CarePlanContent)
  overdueForReview(@Root() plan: CarePlan): boolean {
    return plan.status === CarePlanStatus.ACTIVE && plan.nextReviewDue < ukDateOf(new Date());
  }
}

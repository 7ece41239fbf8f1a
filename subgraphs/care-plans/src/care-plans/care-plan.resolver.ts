import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { type SubgraphContext, isUuid } from '@caregraph/runtime';
import { Activity } from '../activities/activity.entity';
import { loadActivities } from '../activities/activity.service';
import { maySeePlan } from '../access/care-plan-access';
import { CarePlanContent } from '../access/care-plan-content.guard';
import { Goal } from '../goals/goal.entity';
import { loadGoals } from '../goals/goal.service';
import { QuestionnaireResponse } from '../measures/questionnaire-response.entity';
import { loadResponses, loadRiskFlags } from '../measures/questionnaire.service';
import { RiskFlag } from '../measures/risk-flag.entity';
import { TherapistStub } from '../references/therapist.stub';
import { UserStub } from '../references/user.stub';
import { ProgressReview } from '../reviews/progress-review.entity';
import { loadReviews } from '../reviews/progress-review.service';
import { CarePlanTrends } from '../trends/trend.types';
import { trendsOf } from '../trends/trends.service';
import { CarePlan } from './care-plan.entity';
import { CarePlanService } from './care-plan.service';
import { CarePlanStatus } from './care-plan-status';
import { ukDateOf } from './plan-dates';

/** `carePlan(id)`, `overdueCarePlanReviews`, a plan's references, and its content lists (guarded and recorded). */
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

  @FieldResolver(() => [Goal], { description: "The plan's goals, oldest first." })
  @UseMiddleware(CarePlanContent)
  goals(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<Goal[]> {
    return loadGoals(ctx, plan.id);
  }

  @FieldResolver(() => [Activity], { description: 'The activities the client does between sessions, oldest first (retired ones included, marked inactive).' })
  @UseMiddleware(CarePlanContent)
  activities(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<Activity[]> {
    return loadActivities(ctx, plan.id);
  }

  @FieldResolver(() => [ProgressReview], { description: 'Progress reviews, newest first.' })
  @UseMiddleware(CarePlanContent)
  reviews(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<ProgressReview[]> {
    return loadReviews(ctx, plan.id);
  }

  @FieldResolver(() => [QuestionnaireResponse], { description: 'Every PHQ-9 and GAD-7 completed, oldest first (in reviews and between sessions).' })
  @UseMiddleware(CarePlanContent)
  questionnaires(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<QuestionnaireResponse[]> {
    return loadResponses(ctx, plan.id);
  }

  @FieldResolver(() => [RiskFlag], { description: 'Risk flags raised on the plan, newest first; open ones have no `acknowledgedAt`.' })
  @UseMiddleware(CarePlanContent)
  riskFlags(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<RiskFlag[]> {
    return loadRiskFlags(ctx, plan.id);
  }

  @FieldResolver(() => CarePlanTrends, { description: 'Measures and goals over time, for progress charts.' })
  @UseMiddleware(CarePlanContent)
  trends(@Root() plan: CarePlan, @Ctx() ctx: SubgraphContext): Promise<CarePlanTrends> {
    return trendsOf(ctx, plan);
  }
}

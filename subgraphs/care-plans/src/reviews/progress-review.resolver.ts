import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CONSENT_NEEDED } from '../access/client-consent';
import { Goal } from '../goals/goal.entity';
import { GoalAchievement, GoalStatus } from '../goals/goal-enums';
import { isMeaningfulChange } from '../measures/copm';
import { QuestionnaireResponse } from '../measures/questionnaire-response.entity';
import { loadResponses } from '../measures/questionnaire.service';
import { BookingStub } from '../references/booking.stub';
import { CopmRatingView } from './copm-rating.type';
import { ProgressReview } from './progress-review.entity';
import { ProgressReviewInput } from './progress-review.input';
import { loadGoalUpdates, recordProgressReview } from './progress-review.service';
import { ReviewGoalUpdateView } from './review-goal-update.type';

/** Progress reviews: recorded by the therapist; their ratings, goal updates, questionnaires and session. */
@Resolver(() => ProgressReview)
export class ProgressReviewResolver {
  @FieldResolver(() => [CopmRatingView], { description: 'The COPM-style ratings of this review (empty when COPM was not rated).' })
  copm(@Root() review: ProgressReview): CopmRatingView[] {
    return review.copm ?? [];
  }

  @FieldResolver(() => Boolean, { description: 'True when the performance average moved 2 points or more since the previous COPM rating.' })
  copmPerformanceMeaningful(@Root() review: ProgressReview): boolean {
    return isMeaningfulChange(review.copmPerformanceChange);
  }

  @FieldResolver(() => Boolean, { description: 'True when the satisfaction average moved 2 points or more since the previous COPM rating.' })
  copmSatisfactionMeaningful(@Root() review: ProgressReview): boolean {
    return isMeaningfulChange(review.copmSatisfactionChange);
  }

  @FieldResolver(() => [ReviewGoalUpdateView], { description: 'The goal updates agreed at this review.' })
  async goalUpdates(@Root() review: ProgressReview, @Ctx() ctx: SubgraphContext): Promise<ReviewGoalUpdateView[]> {
    const updates = await loadGoalUpdates(ctx, review.id);
    return updates.map((update) => ({ goal: update.goal as Goal, status: update.status as GoalStatus, achievement: update.achievement as GoalAchievement }));
  }

  @FieldResolver(() => [QuestionnaireResponse], { description: 'The PHQ-9 and GAD-7 completed at this review.' })
  async questionnaires(@Root() review: ProgressReview, @Ctx() ctx: SubgraphContext): Promise<QuestionnaireResponse[]> {
    return (await loadResponses(ctx, review.carePlan.id)).filter((response) => response.reviewId === review.id);
  }

  @FieldResolver(() => BookingStub, { nullable: true, description: 'The session the review took place at, if it was tied to one.' })
  booking(@Root() review: ProgressReview): BookingStub | null {
    return review.bookingId ? { id: review.bookingId } : null;
  }

  @Authorized('THERAPIST')
  @Mutation(() => ProgressReview, {
    description:
      "Records a progress review (the plan's therapist only), from the plan version you read: notes, goal updates, COPM ratings (1–10, up to " +
      'five problems), PHQ-9 and GAD-7. A booking must be your COMPLETED session with this client. Moves the next review date. ' +
      'Scores out of range or the wrong number of items are BAD_USER_INPUT naming the field; nothing is written then.' +
      CONSENT_NEEDED,
  })
  recordProgressReview(
    @Arg('carePlanId', () => ID, { description: 'The care plan.' }) carePlanId: string,
    @Arg('expectedVersion', () => Int, { description: 'The plan `version` you last read.' }) expectedVersion: number,
    @Arg('input', () => ProgressReviewInput, { description: 'The review.' }) input: ProgressReviewInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ProgressReview> {
    return recordProgressReview(ctx, carePlanId, expectedVersion, input);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { accessTo } from '../access/care-plan-access';
import { recordRead } from '../access/access-log.service';
import { BookingStub } from '../references/booking.stub';
import { ProgressReview } from './progress-review.entity';
import { loadReviewForBooking } from './progress-review.service';

/** Adds `Booking.progressReview` to the bookings subgraph's `Booking`. */
@Resolver(() => BookingStub)
export class BookingProgressReviewResolver {
  @FieldResolver(() => ProgressReview, {
    nullable: true,
    description:
      "The progress review recorded at this session, if any. Only the plan's client and therapist see it (the read is recorded); for anyone " +
      'else, admins included, it is null.',
  })
  async progressReview(@Root() booking: BookingStub, @Ctx() ctx: SubgraphContext): Promise<ProgressReview | null> {
    const review = await loadReviewForBooking(ctx, booking.id);
    if (!review) return null;
    const access = accessTo(ctx, review.carePlan);
    if (access !== 'CLIENT' && access !== 'THERAPIST') return null;
    await recordRead(ctx, review.carePlan.id, access);
    return review;
  }
}

import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { UserInputError, type SubgraphContext, isUuid } from '@caregraph/runtime';
import { TherapistStub } from '../references/therapist.stub';
import { UserStub } from '../references/user.stub';
import { Booking } from './booking.entity';
import { BookingService } from './booking.service';

/** `booking(id)` and the references from a booking to its client and therapist. */
@Resolver(() => Booking)
export class BookingResolver {
  @Query(() => Booking, { nullable: true, description: 'One booking by id, or null when there is none.' })
  booking(@Arg('id', () => ID, { description: "The booking's id." }) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking | null> {
    if (!isUuid(id)) throw new UserInputError('id', 'id must be a booking id (a UUID).');
    return BookingService.load(ctx, id);
  }

  @FieldResolver(() => UserStub, {
    nullable: true,
    description:
      "The client who booked the session; null when the client's account was erased and the session is kept only as a clinical record.",
  })
  client(@Root() booking: Booking): UserStub | null {
    return booking.clientId ? { id: booking.clientId } : null;
  }

  @FieldResolver(() => TherapistStub, { description: 'The occupational therapist running the session.' })
  therapist(@Root() booking: Booking): TherapistStub {
    return { id: booking.therapistId };
  }
}

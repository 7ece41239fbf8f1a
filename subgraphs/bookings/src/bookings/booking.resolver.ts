import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { type SubgraphContext, isUuid } from '@caregraph/runtime';
import { TherapistStub } from '../references/therapist.stub';
import { UserStub } from '../references/user.stub';
import { Booking } from './booking.entity';
import { BookingService } from './booking.service';
import { isParty } from './booking-parties';
import { Money, type Currency } from '@caregraph/vocabulary';

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

  @FieldResolver(() => Money, { nullable: true, description: "The fee for the session, fixed when it was booked; null for sessions booked before fees were recorded." })
  fee(@Root() booking: Booking): Money | null {
    return booking.feePence === null ? null : { amountPence: booking.feePence, currency: booking.feeCurrency as Currency };
  }

  @FieldResolver(() => String, { nullable: true, description: "The client's note for the therapist. Only the client and the therapist see it; null for everyone else." })
  async note(@Root() booking: Booking, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return booking.note !== null && (await isParty(ctx, booking)) ? booking.note : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Link to the video room of an online session. Only the client and the therapist see it.' })
  async videoRoomUrl(@Root() booking: Booking, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return booking.videoRoomUrl !== null && (await isParty(ctx, booking)) ? booking.videoRoomUrl : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The postcode of a home visit. Only the client and the therapist see it." })
  async homeVisitPostcode(@Root() booking: Booking, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return booking.visitPostcode !== null && (await isParty(ctx, booking)) ? booking.visitPostcode : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why the session was cancelled. Only the client and the therapist see it.' })
  async cancellationReason(@Root() booking: Booking, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return booking.cancellationReason !== null && (await isParty(ctx, booking)) ? booking.cancellationReason : null;
  }
}

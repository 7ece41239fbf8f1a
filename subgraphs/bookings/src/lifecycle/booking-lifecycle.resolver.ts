import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { Booking } from '../bookings/booking.entity';
import { BookingAction } from './booking-action';
import { takeStep } from './booking-lifecycle.service';

const ID_ARG = { description: "The booking's id." };
const REFUSALS =
  ' NOT_FOUND when the booking is not yours; FORBIDDEN when the step is for the other party; CONFLICT (with `currentStatus`) when the ' +
  "booking's status or the clock does not allow it.";

/** The booking lifecycle: confirm/decline, cancel, complete/no-show, reschedule. */
@Resolver()
export class BookingLifecycleResolver {
  @Authorized('THERAPIST')
  @Mutation(() => Booking, { description: 'The therapist accepts a REQUESTED session: it becomes CONFIRMED.' + REFUSALS })
  confirmBooking(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return takeStep(ctx, id, BookingAction.CONFIRM);
  }

  @Authorized('THERAPIST')
  @Mutation(() => Booking, { description: 'The therapist turns a REQUESTED session down: it becomes DECLINED and the time is free again.' + REFUSALS })
  declineBooking(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('reason', () => String, { description: 'Why, for the client (up to 500 characters).' }) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Booking> {
    return takeStep(ctx, id, BookingAction.DECLINE, { reason });
  }

  @Authorized('CLIENT', 'THERAPIST')
  @Mutation(() => Booking, {
    description:
      'The client or the therapist calls off a REQUESTED or CONFIRMED session before it starts: it becomes CANCELLED and the time is free ' +
      'again. A client cancelling after the booking\'s `freeCancellationUntil` is recorded as a late cancellation.' + REFUSALS,
  })
  cancelBooking(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('reason', () => String, { description: 'Why (up to 500 characters); only the two of you see it.' }) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Booking> {
    return takeStep(ctx, id, BookingAction.CANCEL, { reason });
  }

  @Authorized('THERAPIST')
  @Mutation(() => Booking, { description: 'The therapist records that a CONFIRMED session took place (after its start): COMPLETED.' + REFUSALS })
  completeBooking(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return takeStep(ctx, id, BookingAction.COMPLETE);
  }

  @Authorized('THERAPIST')
  @Mutation(() => Booking, { description: 'The therapist records that the client did not come to a CONFIRMED session (after its start): NO_SHOW.' + REFUSALS })
  markBookingNoShow(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: SubgraphContext): Promise<Booking> {
    return takeStep(ctx, id, BookingAction.MARK_NO_SHOW);
  }

  @Authorized('CLIENT', 'THERAPIST')
  @Mutation(() => Booking, {
    description:
      'Moves a REQUESTED or CONFIRMED session, before it starts, to another free time of the therapist (at most twice per booking; ' +
      'the history keeps every move). BOOKING_CONFLICT when the time is taken; BAD_USER_INPUT (startsAt) when the schedule does not offer it.' +
      REFUSALS,
  })
  rescheduleBooking(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('startsAt', () => Date, { description: "The new start: a `startsAt` from the therapist's availability." }) startsAt: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Booking> {
    return takeStep(ctx, id, BookingAction.RESCHEDULE, { startsAt });
  }
}

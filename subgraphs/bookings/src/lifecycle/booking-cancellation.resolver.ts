import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Booking } from '../bookings/booking.entity';
import { freeCancellationUntil } from './cancellation-cutoff';

/** `Booking.freeCancellationUntil`: the booking's own cut-off as the graph states it, so no app keeps a copy of the rule. */
@Resolver(() => Booking)
export class BookingCancellationResolver {
  @FieldResolver(() => Date, {
    description:
      "Until when the client can cancel without it counting as late: the start less the therapist's cancellation cut-off in force when the " +
      'session was booked (a later change of policy does not reach it; a move keeps the hours and shifts the instant with the start). ' +
      'A client cancelling after it is recorded as a late cancellation (`lateCancellation`).',
  })
  freeCancellationUntil(@Root() booking: Booking): Date {
    return freeCancellationUntil(booking);
  }
}

import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Booking } from '../bookings/booking.entity';
import { MAX_RESCHEDULES } from './transitions';

/** `Booking.movesLeft`: the move limit as the graph states it, so no app keeps its own copy of the rule. */
@Resolver(() => Booking)
export class BookingMovesResolver {
  @FieldResolver(() => Int, {
    description: `How many more times the session may be moved: a booking can be moved ${MAX_RESCHEDULES} times in all, so 0 once it has been. Whether it may be moved now also depends on its status and start (see \`rescheduleBooking\`).`,
  })
  movesLeft(@Root() booking: Booking): number {
    return Math.max(0, MAX_RESCHEDULES - booking.rescheduleCount);
  }
}

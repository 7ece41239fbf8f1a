import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { TherapistStub } from '../references/therapist.stub';
import { BookingConnection } from './booking-connection';
import type { Booking } from './booking.entity';
import { BookingService } from './booking.service';

/** Adds `Therapist.bookings` to the therapists subgraph's `Therapist`. */
@Resolver(() => TherapistStub)
export class TherapistBookingsResolver {
  @FieldResolver(() => BookingConnection, { description: "The sessions booked with this therapist, latest start first." })
  bookings(@Root() therapist: TherapistStub, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<Booking>> {
    return BookingService.loadPage(ctx, 'therapist', therapist.id, args);
  }
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { TherapistStub } from '../references/therapist.stub';
import { BookingConnection } from './booking-connection';
import type { Booking } from './booking.entity';
import { BookingService } from './booking.service';
import { assertMayListTherapistBookings } from './booking-access';
import { requestNow } from '../time/request-now';
import { therapistBookingScope } from './booking-scope';
import { TherapistBookingsArgs } from './therapist-bookings.args';

/** Adds `Therapist.bookings` and `Therapist.upcomingBookings` to the therapists subgraph's `Therapist`. */
@Resolver(() => TherapistStub)
export class TherapistBookingsResolver {
  @FieldResolver(() => BookingConnection, {
    description:
      'The sessions booked with this therapist, latest start first (earliest first with `earliestFirst`), narrowed by `filter`. A window ' +
      'ending before it starts, or longer than 93 days, is BAD_USER_INPUT naming `filter.startsBefore`. Only the therapist themselves and admins may list them (FORBIDDEN otherwise).',
  })
  async bookings(@Root() therapist: TherapistStub, @Args(() => TherapistBookingsArgs) args: TherapistBookingsArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<Booking>> {
    const scope = therapistBookingScope(args.filter, args.earliestFirst);
    await assertMayListTherapistBookings(ctx, therapist.id);
    return BookingService.loadPage(ctx, 'therapist', therapist.id, args, scope);
  }

  @FieldResolver(() => BookingConnection, {
    description: 'The sessions still to come (REQUESTED or CONFIRMED), soonest first. Only the therapist themselves and admins may list them (FORBIDDEN otherwise).',
  })
  async upcomingBookings(@Root() therapist: TherapistStub, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<Booking>> {
    await assertMayListTherapistBookings(ctx, therapist.id);
    return BookingService.loadPage(ctx, 'therapist', therapist.id, args, { upcomingAfter: new Date(requestNow(ctx)) });
  }
}

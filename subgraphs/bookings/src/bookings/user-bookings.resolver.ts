import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { UserStub } from '../references/user.stub';
import { BookingConnection } from './booking-connection';
import type { Booking } from './booking.entity';
import { BookingService } from './booking.service';
import { assertMayListClientBookings } from './booking-access';

/** Adds `User.bookings` to the accounts subgraph's `User`. */
@Resolver(() => UserStub)
export class UserBookingsResolver {
  @FieldResolver(() => BookingConnection, { description: "The sessions this person booked as a client, latest start first. Only the person themselves and admins may list them (FORBIDDEN otherwise)." })
  bookings(@Root() user: UserStub, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<Booking>> {
    assertMayListClientBookings(ctx, user.id);
    return BookingService.loadPage(ctx, 'client', user.id, args);
  }
}

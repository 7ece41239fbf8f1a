import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { AdminBookingPage } from './admin-booking-page.type';
import { AdminBookingsArgs } from './admin-bookings.args';
import { findBookingsForAdmin } from './admin-bookings.service';

/** The admins' view of every booking (for the dashboard). */
@Resolver()
export class AdminBookingsResolver {
  @Authorized('ADMIN')
  @Query(() => AdminBookingPage, {
    description:
      "Admins: every booking, filtered by status, start time, therapist and client, by start time (latest first unless `earliestFirst`); offset paging with a total (react-admin). Clinical and private details (the client's note, video link, visit postcode, reasons) stay null for admins. UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins; BAD_USER_INPUT naming `filter.startsBefore` when it is not after `filter.startsFrom`.",
  })
  adminBookings(@Args(() => AdminBookingsArgs) args: AdminBookingsArgs, @Ctx() ctx: SubgraphContext): Promise<AdminBookingPage> {
    return findBookingsForAdmin(ctx.em, args);
  }
}

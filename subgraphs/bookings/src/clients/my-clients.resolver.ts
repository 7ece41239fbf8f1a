import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, pageWindow, toConnection, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { Booking } from '../bookings/booking.entity';
import { BookingService } from '../bookings/booking.service';
import { callerTherapistId } from '../graph/caller-therapist';
import { requestNow } from '../time/request-now';
import { TherapistClientConnection } from './therapist-client-connection';
import { therapistClientsPage } from './therapist-clients';
import { TherapistClient } from './therapist-client.type';

/** `Query.myClients` and `TherapistClient.nextSession`: the therapist workspace's client list. */
@Resolver(() => TherapistClient)
export class MyClientsResolver {
  @Authorized('THERAPIST')
  @Query(() => TherapistClientConnection, {
    description:
      'The clients you have a care relationship with (a booking with you that was not cancelled or declined), soonest next session first, ' +
      'then those with none ahead (ties in a stable order that does not follow names). Therapists only (FORBIDDEN otherwise); empty until you have a listing.',
  })
  async myClients(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext): Promise<ConnectionShape<TherapistClient>> {
    const window = pageWindow(args);
    const listingId = await callerTherapistId(ctx);
    if (!listingId) return toConnection([], 0, window.offset);
    return therapistClientsPage(ctx.em, listingId, new Date(requestNow(ctx)), window);
  }

  @FieldResolver(() => Booking, { nullable: true, description: 'The next session still going ahead (REQUESTED or CONFIRMED, starting later than now); null when none is.' })
  nextSession(@Root() client: TherapistClient, @Ctx() ctx: SubgraphContext): Promise<Booking | null> | null {
    return client.nextSessionId ? BookingService.load(ctx, client.nextSessionId) : null;
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { Booking } from '../bookings/booking.entity';
import { isParty } from '../bookings/booking-parties';
import { BookingHistoryEntry } from './booking-event.type';
import { loadHistory } from './booking-history';

/** `Booking.history`: the lifecycle's record of a booking, with reasons for its two parties only. */
@Resolver(() => Booking)
export class BookingHistoryResolver {
  @FieldResolver(() => [BookingHistoryEntry], {
    description: 'Every step since the booking was made (confirmations, moves, cancellation, outcome), oldest first. Reasons show to the two people in the session only.',
  })
  async history(@Root() booking: Booking, @Ctx() ctx: SubgraphContext): Promise<BookingHistoryEntry[]> {
    const [events, party] = await Promise.all([loadHistory(ctx, booking.id), isParty(ctx, booking)]);
    return events.map((e) => ({
      occurredAt: e.occurredAt,
      action: e.action,
      actor: e.actor,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      previousStartsAt: e.previousStartsAt,
      newStartsAt: e.newStartsAt,
      reason: party ? e.reason : null,
    }));
  }
}

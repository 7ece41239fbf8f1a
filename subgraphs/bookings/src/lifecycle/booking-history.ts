import type { SubgraphContext } from '@caregraph/runtime';
import { groupedByKey } from '@caregraph/runtime';
import { BookingEvent } from './booking-event.entity';

/** The history of one booking, oldest first, through a loader: all bookings of a request in one statement. */
export function loadHistory(ctx: SubgraphContext, bookingId: string): Promise<BookingEvent[]> {
  return ctx
    .loader<string, BookingEvent[]>('Booking.history', async (ids) => {
      const events = await ctx.em.find(BookingEvent, { booking: { $in: [...ids] } }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
      return groupedByKey(ids, events, (e) => e.booking.id);
    })
    .load(bookingId);
}

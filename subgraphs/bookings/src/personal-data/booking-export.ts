import type { EntityManager } from '@mikro-orm/postgresql';
import { groupedByKey, isUuid, toExportObject } from '@caregraph/runtime';
import { Booking } from '../bookings/booking.entity';
import { BookingEvent } from '../lifecycle/booking-event.entity';

/**
 * Every booking where `userId` is the client, oldest first, each with all its columns and its
 * lifecycle history (confirmations, reschedules, cancellations: every `booking_events` row,
 * oldest first). Two statements, however many bookings. Retained records of an erased account
 * have no client, so they are no one's export.
 */
export async function exportClientBookings(em: EntityManager, userId: string): Promise<Array<Record<string, unknown>>> {
  if (!isUuid(userId)) return [];
  const bookings = await em.find(Booking, { clientId: userId }, { orderBy: { startsAt: 'asc', id: 'asc' } });
  if (bookings.length === 0) return [];
  const ids = bookings.map((b) => b.id);
  const events = await em.find(BookingEvent, { booking: { $in: ids } }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
  const histories = groupedByKey(ids, events, (e) => e.booking.id);
  return bookings.map((booking, i) => ({
    ...toExportObject(booking),
    // The booking is the parent object: its id need not repeat in every row.
    history: histories[i].map((event) => {
      const { booking: _booking, ...row } = toExportObject(event);
      return row;
    }),
  }));
}

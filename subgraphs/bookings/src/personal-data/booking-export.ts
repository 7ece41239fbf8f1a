import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, toExportObject } from '@caregraph/runtime';
import { Booking } from '../bookings/booking.entity';

/**
 * Every booking where `userId` is the client, oldest first, each with all its columns. One
 * statement. Retained records of an erased account have no client, so they are no one's export.
 */
export async function exportClientBookings(em: EntityManager, userId: string): Promise<Array<Record<string, unknown>>> {
  if (!isUuid(userId)) return [];
  const bookings = await em.find(Booking, { clientId: userId }, { orderBy: { startsAt: 'asc', id: 'asc' } });
  return bookings.map(toExportObject);
}

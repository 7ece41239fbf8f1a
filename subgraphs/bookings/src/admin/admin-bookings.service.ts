import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertSpanOrder } from '@caregraph/runtime';
import { Booking } from '../bookings/booking.entity';
import { AdminBookingPage } from './admin-booking-page.type';
import type { AdminBookingsArgs } from './admin-bookings.args';

/**
 * One page of every booking for admins, by start time, with the total matching the filter (two
 * statements). What an admin may read of each booking is decided by the Booking field resolvers
 * (no notes, links, postcodes or reasons).
 */
export async function findBookingsForAdmin(em: EntityManager, args: AdminBookingsArgs): Promise<AdminBookingPage> {
  const filter = args.filter ?? {};
  assertSpanOrder(filter.startsFrom, filter.startsBefore, { from: 'filter.startsFrom', to: 'filter.startsBefore' });
  const where: FilterQuery<Booking> = {};
  if (filter.statuses?.length) where.status = { $in: filter.statuses };
  if (filter.therapistId) where.therapistId = filter.therapistId;
  if (filter.clientId) where.clientId = filter.clientId;
  if (filter.startsFrom || filter.startsBefore) {
    where.startsAt = { ...(filter.startsFrom ? { $gte: filter.startsFrom } : {}), ...(filter.startsBefore ? { $lt: filter.startsBefore } : {}) };
  }
  const order = args.earliestFirst ? 'asc' : 'desc';
  const [items, total] = await em.findAndCount(Booking, where, { orderBy: { startsAt: order, id: 'asc' }, limit: args.limit, offset: args.offset });
  return Object.assign(new AdminBookingPage(), { items, total });
}

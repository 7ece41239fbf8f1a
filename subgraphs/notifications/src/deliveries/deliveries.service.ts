import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Delivery } from './delivery.entity';
import type { DeliveriesArgs } from './deliveries.args';
import { DeliveryPage } from './delivery-page.type';

/** One page of deliveries for admins, newest first, with the total matching the filter (two statements). */
export async function findDeliveriesForAdmin(em: EntityManager, args: DeliveriesArgs): Promise<DeliveryPage> {
  const filter = args.filter ?? {};
  const where: FilterQuery<Delivery> = {};
  if (filter.status) where.status = filter.status;
  if (filter.kind) where.kind = filter.kind;
  if (filter.channel) where.channel = filter.channel;
  const [items, total] = await em.findAndCount(Delivery, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: args.limit, offset: args.offset });
  return Object.assign(new DeliveryPage(), { items, total });
}

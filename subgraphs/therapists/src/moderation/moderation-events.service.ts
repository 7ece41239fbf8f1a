import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertSpanOrder } from '@caregraph/runtime';
import type { AdminModerationEventsArgs } from './admin-moderation-events.args';
import { ListingEvent } from './listing-event.entity';
import { ModerationEventPage } from './moderation-event-page.type';

/**
 * One page of every listing's moderation history, newest first, with the total matching the
 * filter (two statements): the admins' audit of moderation decisions.
 */
export async function findModerationEvents(em: EntityManager, args: AdminModerationEventsArgs): Promise<ModerationEventPage> {
  const filter = args.filter ?? {};
  assertSpanOrder(filter.from, filter.to, { from: 'filter.from', to: 'filter.to' });
  const where: FilterQuery<ListingEvent> = {};
  if (filter.actorId) where.actorId = filter.actorId;
  if (filter.listingId) where.therapist = filter.listingId;
  if (filter.actions?.length) where.action = { $in: filter.actions };
  if (filter.from || filter.to) where.occurredAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
  const [items, total] = await em.findAndCount(ListingEvent, where, { orderBy: { occurredAt: 'desc', id: 'asc' }, limit: args.limit, offset: args.offset });
  return Object.assign(new ModerationEventPage(), { items, total });
}

import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pageWindow, toConnection, type ConnectionShape } from '@caregraph/runtime';
import { Notification } from './notification.entity';
import type { MyNotificationsArgs } from './my-notifications.args';

/**
 * Reading a person's own inbox. Every statement is scoped by `user_id`, so nobody reaches another
 * person's notifications through these.
 */

/** One page of `userId`'s notifications, newest first (ties by id, so pages never overlap). */
export async function findMyNotifications(em: EntityManager, userId: string, args: MyNotificationsArgs): Promise<ConnectionShape<Notification>> {
  const { limit, offset } = pageWindow(args);
  const where: FilterQuery<Notification> = args.unreadOnly ? { userId, readAt: null } : { userId };
  const [rows, total] = await em.findAndCount(Notification, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit, offset });
  return toConnection(rows, total, offset);
}

/** How many of `userId`'s notifications are unread (the partial index on unread rows answers it). */
export function countUnread(em: EntityManager, userId: string): Promise<number> {
  return em.count(Notification, { userId, readAt: null });
}

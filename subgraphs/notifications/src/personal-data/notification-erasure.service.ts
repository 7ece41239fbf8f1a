import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Deletes everything the notifications database holds on one person, in one transaction: their in-app
 * notifications, the deliveries addressed to them, their preferences and unsubscribe links, and any message
 * left with no delivery to anyone (a message still waiting to be addressed is kept: it may be for others).
 * Running it again deletes nothing.
 */
export async function eraseUserNotifications(em: EntityManager, userId: string): Promise<{ retained: number; deleted: number; retainUntil: null }> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<Array<{ deleted: number }>>(
      `with inbox as (delete from notifications where user_id = ? returning 1),
            sent as (delete from deliveries where recipient_user_id = ? returning message_id),
            choices as (delete from notification_preferences where user_id = ? returning 1),
            links as (delete from unsubscribe_tokens where user_id = ? returning 1),
            emptied as (
              delete from messages m where m.id in (select message_id from sent)
                and not exists (select 1 from deliveries d where d.message_id = m.id and d.recipient_user_id <> ?)
              returning 1)
       select ((select count(*) from inbox) + (select count(*) from sent) + (select count(*) from choices) + (select count(*) from links))::int as deleted,
              (select count(*) from emptied)::int as messages`,
      [userId, userId, userId, userId, userId],
    );
    return { retained: 0, deleted: rows[0].deleted, retainUntil: null };
  });
}

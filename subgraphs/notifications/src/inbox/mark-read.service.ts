import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError, UserInputError } from '@caregraph/kernel';
import { isUuid } from '@caregraph/runtime';
import { Notification } from './notification.entity';

/** Most ids one `markNotificationsRead` may name: a page of the inbox. */
export const MAX_IDS_PER_MARK = 100;

/**
 * Marks the caller's notifications `ids` read, all or nothing: every id must be one of the caller's own
 * notifications, else NOT_FOUND naming the first that is not (someone else's is not found either, so
 * nobody learns which ids exist) and nothing changes. Already-read ones keep their `readAt`. Returns
 * them in the order asked, each once.
 */
export async function markRead(em: EntityManager, userId: string, ids: string[]): Promise<Notification[]> {
  if (ids.length > MAX_IDS_PER_MARK) throw new UserInputError('ids', `ids may name at most ${MAX_IDS_PER_MARK} notifications.`);
  const unique = [...new Set(ids)];
  const malformed = unique.findIndex((id) => !isUuid(id));
  if (malformed >= 0) throw new UserInputError(`ids.${ids.indexOf(unique[malformed])}`, 'Each id must be a notification id.');
  if (unique.length === 0) return [];
  return em.transactional(async (tx) => {
    const now = new Date();
    // The update and the check in one statement: what it returns is exactly the caller's rows among `ids`.
    await tx.execute('update notifications set read_at = ? where user_id = ? and id in (?) and read_at is null', [now, userId, unique]);
    const rows = await tx.find(Notification, { id: { $in: unique }, userId });
    const found = new Map(rows.map((row) => [row.id, row]));
    const missing = unique.find((id) => !found.has(id));
    // Throwing rolls the update back: nothing is marked when one id is not the caller's.
    if (missing) throw new NotFoundError('Notification', missing);
    return unique.map((id) => found.get(id)!);
  });
}

/**
 * Marks every unread notification of `userId` read; returns how many were unread. One UPDATE, so two
 * calls at once count each notification once: the second waits for the first's row locks and then
 * finds those rows read.
 */
export async function markAllRead(em: EntityManager, userId: string): Promise<number> {
  const result = await em.getConnection().execute<{ affectedRows: number }>(
    'update notifications set read_at = now() where user_id = ? and read_at is null',
    [userId],
    'run',
  );
  return result.affectedRows;
}

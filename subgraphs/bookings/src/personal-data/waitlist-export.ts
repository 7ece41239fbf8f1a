import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, toExportObject } from '@caregraph/runtime';
import { WaitlistEntry } from '../waitlist/waitlist-entry.entity';

/** Every waitlist entry of `userId`, left, passed or active, in the order they joined, each with all its columns. One statement. */
export async function exportClientWaitlist(em: EntityManager, userId: string): Promise<Array<Record<string, unknown>>> {
  if (!isUuid(userId)) return [];
  const entries = await em.find(WaitlistEntry, { clientId: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return entries.map((entry) => toExportObject(entry));
}

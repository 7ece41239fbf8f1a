import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, toExportObject } from '@caregraph/runtime';
import { CarePlan } from '../care-plans/care-plan.entity';

/**
 * Every care plan where `userId` is the client, oldest first, each with all its columns. One
 * statement. Retained records of an erased account have no client, so they are no one's export.
 */
export async function exportClientCarePlans(em: EntityManager, userId: string): Promise<Array<Record<string, unknown>>> {
  if (!isUuid(userId)) return [];
  const plans = await em.find(CarePlan, { clientId: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return plans.map(toExportObject);
}

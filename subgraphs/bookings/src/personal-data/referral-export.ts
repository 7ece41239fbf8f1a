import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, toExportObject } from '@caregraph/runtime';
import { Referral } from '../referrals/referral.entity';

/**
 * Every referral linked to `userId`, oldest first, with all its columns but the referrer's own request key
 * and fingerprint (their bookkeeping, not the person's data). One statement.
 */
export async function exportClientReferrals(em: EntityManager, userId: string): Promise<Array<Record<string, unknown>>> {
  if (!isUuid(userId)) return [];
  const referrals = await em.find(Referral, { clientId: userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return referrals.map((referral) => {
    const { idempotencyKey: _key, requestFingerprint: _fingerprint, ...row } = toExportObject(referral);
    return row;
  });
}

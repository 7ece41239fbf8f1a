import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { RevocationList } from '../revocations/revocation-list';
import type { ApiClient } from './api-client.entity';

/**
 * Ends every token the client has: its token family goes on the revocation list (the gateway refuses them
 * within seconds) and later tokens belong to a new family. Written in the caller's transaction.
 */
export async function endClientTokens(em: EntityManager, client: ApiClient, accessTokenTtlSeconds: number): Promise<void> {
  await new RevocationList(em, accessTokenTtlSeconds).revokeSessions([client.tokenFamilyId]);
  client.tokenFamilyId = randomUUID();
}

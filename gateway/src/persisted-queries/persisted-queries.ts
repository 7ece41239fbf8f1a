import type { ApolloServer, PersistedQueryOptions } from '@apollo/server';
import type { Logger } from '@caregraph/kernel';
import type { GatewayContext } from '../context';
import { connectFailFastRedis } from '../fail-fast-redis';
import { RedisPersistedQueryCache } from './redis-cache';
import { guardTrustedDocuments, loadTrustedDocuments, manifestCache } from './trusted-documents';

/**
 * How long a registered persisted query is kept (Redis expiry; in memory, the LRU may drop it
 * sooner). A client whose hash has expired gets PERSISTED_QUERY_NOT_FOUND and sends the text again.
 */
export const APQ_TTL_SECONDS = 24 * 60 * 60;

/** Where persisted queries come from: registered by clients (APQ), or only the manifest (trusted documents). */
export type PersistedQueryMode = 'apq' | 'trusted-documents';

/** What the gateway's Apollo Server needs for persisted queries, and how to let go of it. */
export interface PersistedQuerySetup {
  mode: PersistedQueryMode;
  /** Where the hashes are looked up: Redis or this process's memory (APQ), or the manifest. */
  store: 'redis' | 'memory' | 'manifest';
  /** Apollo Server's `persistedQueries` option. */
  options: PersistedQueryOptions;
  /** The server as the HTTP handler should call it: behind the trusted-documents check when there is one. */
  guard(apollo: ApolloServer<GatewayContext>): ApolloServer<GatewayContext>;
  /** Operations in the manifest (trusted documents only). */
  trustedOperations?: number;
  close(): Promise<void>;
}

/**
 * Sets up automatic persisted queries (APQ): a client may send the sha256 of an operation instead of its
 * text once the gateway has seen the text. Registered hashes live in Redis when `redisUrl` is set (every
 * replica shares them), otherwise in Apollo Server's bounded in-memory LRU cache.
 *
 * With `trustedDocumentsPath` (GATEWAY_TRUSTED_DOCUMENTS) the gateway accepts only the operations of
 * that manifest, by hash or as text hashing to an entry, and refuses any other client operation with
 * FORBIDDEN before parsing it (`guard`); nothing can be registered. Rejects with a ConfigError when the manifest is not valid.
 */
export async function setUpPersistedQueries(
  settings: { redisUrl: string | undefined; trustedDocumentsPath: string | undefined },
  logger: Logger,
): Promise<PersistedQuerySetup> {
  if (settings.trustedDocumentsPath) {
    const documents = await loadTrustedDocuments(settings.trustedDocumentsPath);
    return {
      mode: 'trusted-documents',
      store: 'manifest',
      options: { cache: manifestCache(documents), ttl: null },
      guard: (apollo) => guardTrustedDocuments(apollo, documents),
      trustedOperations: documents.size,
      close: async () => undefined,
    };
  }
  if (settings.redisUrl) {
    const redis = connectFailFastRedis(settings.redisUrl);
    return {
      mode: 'apq',
      store: 'redis',
      options: { cache: new RedisPersistedQueryCache(redis, logger.child({ component: 'persisted-queries' })), ttl: APQ_TTL_SECONDS },
      guard: (apollo) => apollo,
      async close() {
        await redis.quit().catch(() => redis.disconnect());
      },
    };
  }
  return { mode: 'apq', store: 'memory', options: { ttl: APQ_TTL_SECONDS }, guard: (apollo) => apollo, close: async () => undefined };
}

import { Redis } from 'ioredis';

/**
 * A Redis connection for what the gateway shares between replicas (rate limits, persisted queries, the
 * cache of public reads): while Redis is down its commands fail at once, so each user falls back (a miss,
 * a per-process count) instead of a request waiting. Each user reports an outage once, in its own words;
 * without a listener ioredis would print every failed reconnection.
 */
export function connectFailFastRedis(url: string): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', () => undefined);
  return redis;
}

import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Makes rate-limit counters (login guard, reset mails), all in one store. */
export interface LimiterStore {
  /** A limiter of `points` per `duration` seconds, its keys prefixed with `name`. */
  create(name: string, points: number, duration: number): RateLimiterAbstract;
  /** Releases the store's connection, if any. */
  close(): Promise<void>;
}

/** Counters in this process's memory: right for one process; replicas would each count alone. */
export function memoryLimiterStore(keyPrefix = 'caregraph:accounts'): LimiterStore {
  return {
    create: (name, points, duration) => new RateLimiterMemory({ keyPrefix: `${keyPrefix}:${name}`, points, duration }),
    close: async () => undefined,
  };
}

/**
 * Counters in Redis, shared by every replica. Should Redis fail, each limiter falls back to
 * an in-memory one (rate-limiter-flexible's insurance limiter), so sign-in stays both open
 * and guarded.
 */
export function redisLimiterStore(redis: Redis, keyPrefix = 'caregraph:accounts'): LimiterStore {
  return {
    create: (name, points, duration) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${keyPrefix}:${name}`,
        points,
        duration,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${keyPrefix}:${name}`, points, duration }),
      }),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * Connects to Redis at `url` for the limiters. Commands fail fast rather than queue while the
 * connection is down (the insurance limiter takes over); reconnection goes on in the background.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true, connectTimeout: 3000 });
  // Without a listener ioredis reports every failed reconnection as an unhandled error.
  redis.on('error', () => undefined);
  await redis.connect().catch(() => undefined);
  return redis;
}

import type { PersistedQueryOptions } from '@apollo/server';
import type { Logger } from '@caregraph/kernel';
import type { Redis } from 'ioredis';

/** The key-value cache Apollo Server keeps persisted queries in. */
export type PersistedQueryCache = NonNullable<PersistedQueryOptions['cache']>;

/**
 * Apollo's persisted-query cache in Redis, shared by every gateway replica, so a query registered
 * at one replica is found by hash at all of them. Keys are `<prefix>apq:<sha256>`. While Redis
 * cannot be reached a lookup is a miss and a write is dropped: the client then sends the full
 * query text (the APQ protocol's own fallback), so requests never fail because of the cache.
 */
export class RedisPersistedQueryCache implements PersistedQueryCache {
  private down = false;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly prefix = 'caregraph:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      const value = await this.redis.get(this.prefix + key);
      this.up();
      return value ?? undefined;
    } catch (error) {
      this.failed(error);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    try {
      if (options?.ttl) await this.redis.set(this.prefix + key, value, 'EX', options.ttl);
      else await this.redis.set(this.prefix + key, value);
      this.up();
    } catch (error) {
      this.failed(error);
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch (error) {
      this.failed(error);
      return false;
    }
  }

  /** Logs the first failure of an outage only. */
  private failed(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.logger.warn({ err: (error as Error)?.message }, 'Redis unreachable: persisted queries are looked up as misses until it is back');
  }

  private up(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info('Redis reachable again: persisted queries are shared');
  }
}

import { setBounded, type Logger } from '@caregraph/kernel';
import type { Redis } from 'ioredis';
import { connectFailFastRedis } from '../fail-fast-redis';

/** A cached answer, or none; with the generations of its tags now, which a new entry is written with. */
export interface CacheRead {
  body: string | undefined;
  /** Undefined when the store cannot be reached: nothing is written then. */
  generations: string[] | undefined;
}

/**
 * Where cached answers of anonymous reads live. Each entry carries the generation of each of its tags
 * when its answer was fetched; a purge bumps the tags' generations, so an entry written from an answer
 * fetched before a purge (even if written after it) never matches again (docs/adr/032).
 */
export interface ResponseCacheStore {
  readonly kind: 'redis' | 'memory';
  read(key: string, tags: readonly string[]): Promise<CacheRead>;
  write(key: string, body: string, generations: readonly string[], maxAgeSeconds: number): Promise<void>;
  purge(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

interface Entry {
  /** Generations of the entry's tags, in the order of its tags. */
  g: readonly string[];
  b: string;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** One process's cache: at most `maxEntries` answers, the least recently used dropped first. */
export class MemoryResponseCache implements ResponseCacheStore {
  readonly kind = 'memory';
  private readonly entries = new Map<string, Entry & { expires: number }>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly maxEntries: number) {}

  async read(key: string, tags: readonly string[]): Promise<CacheRead> {
    const generations = tags.map((tag) => String(this.generations.get(tag) ?? 0));
    const entry = this.entries.get(key);
    if (!entry || entry.expires <= Date.now() || !same(entry.g, generations)) {
      if (entry) this.entries.delete(key);
      return { body: undefined, generations };
    }
    // Most recently used last: Map keeps insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return { body: entry.b, generations };
  }

  async write(key: string, body: string, generations: readonly string[], maxAgeSeconds: number): Promise<void> {
    setBounded(this.entries, key, { g: generations, b: body, expires: Date.now() + maxAgeSeconds * 1000 }, this.maxEntries);
  }

  async purge(tags: readonly string[]): Promise<void> {
    for (const tag of tags) this.generations.set(tag, (this.generations.get(tag) ?? 0) + 1);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}

/**
 * Answers in Redis, shared by every gateway replica: an entry and its tags' generations are read in one
 * round trip, so a purge made at one replica holds at all of them for the very next read. While Redis
 * cannot be reached every read is a miss and nothing is written; a purge that could not be made is logged.
 */
export class RedisResponseCache implements ResponseCacheStore {
  readonly kind = 'redis';
  private down = false;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly prefix = 'caregraph:cache:',
  ) {}

  async read(key: string, tags: readonly string[]): Promise<CacheRead> {
    try {
      const [raw, ...generations] = await this.redis.mget(this.prefix + 'entry:' + key, ...tags.map((tag) => this.prefix + 'gen:' + tag));
      this.up();
      const current = generations.map((g) => g ?? '0');
      if (raw === null) return { body: undefined, generations: current };
      const entry = JSON.parse(raw) as Entry;
      return { body: same(entry.g, current) ? entry.b : undefined, generations: current };
    } catch (error) {
      this.failed(error, 'read');
      return { body: undefined, generations: undefined };
    }
  }

  async write(key: string, body: string, generations: readonly string[], maxAgeSeconds: number): Promise<void> {
    try {
      await this.redis.set(this.prefix + 'entry:' + key, JSON.stringify({ g: generations, b: body } satisfies Entry), 'EX', maxAgeSeconds);
      this.up();
    } catch (error) {
      this.failed(error, 'write');
    }
  }

  async purge(tags: readonly string[]): Promise<void> {
    if (tags.length === 0) return;
    try {
      const multi = this.redis.multi();
      for (const tag of tags) multi.incr(this.prefix + 'gen:' + tag);
      await multi.exec();
      this.up();
    } catch (error) {
      // Not only the first of an outage: each lost purge leaves answers up to their max-age old.
      this.logger.warn({ err: (error as Error)?.message, tags: tags.length }, 'response cache purge failed: cached answers expire by their max-age');
      this.down = true;
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private failed(error: unknown, action: string): void {
    if (this.down) return;
    this.down = true;
    this.logger.warn({ err: (error as Error)?.message, action }, 'Redis unreachable: public reads are not cached until it is back');
  }

  private up(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info('Redis reachable again: public reads are cached');
  }
}

/** Redis when the gateway shares state (REDIS_URL), else this process's memory. */
export function createResponseCacheStore(redisUrl: string | undefined, maxEntries: number, logger: Logger): ResponseCacheStore {
  if (!redisUrl) return new MemoryResponseCache(maxEntries);
  // Commands fail at once while Redis is down (a miss), rather than queue behind the request.
  return new RedisResponseCache(connectFailFastRedis(redisUrl), logger);
}

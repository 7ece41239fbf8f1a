import { HeaderMap } from '@apollo/server';
import type { Logger } from '@caregraph/kernel';
import type { Redis } from 'ioredis';
import { isIPv6 } from 'node:net';
import type { ServerResponse } from 'node:http';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { RateLimitSettings } from './config';
import { connectFailFastRedis } from './fail-fast-redis';
import { sendTryAgainLater } from './try-again-later';

/**
 * What a limit counts: every request from one address, every request of one signed-in user, or
 * the calls subgraphs make on a caller's behalf (counted for that caller, not the subgraph's address).
 */
export type RateLimitScope = 'ip' | 'user' | 'delegated';

/** A caller over a limit: RATE_LIMITED with the seconds to wait, HTTP 429 and a Retry-After header. */
export class RateLimitedError extends GraphQLError {
  constructor(
    readonly scope: RateLimitScope,
    readonly retryAfterSeconds: number,
  ) {
    super(`Too many requests. Please wait ${retryAfterSeconds} s before trying again.`, {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

/** Writes the 429 answer for a refusal made before Apollo sees the request. */
export function sendRateLimited(res: ServerResponse, error: RateLimitedError): void {
  sendTryAgainLater(res, 429, 'RATE_LIMITED', error.message, error.retryAfterSeconds);
}

/**
 * The key an address is counted under. IPv4-mapped IPv6 counts as the IPv4 address; any other
 * IPv6 address by its /64 network, which one subscriber usually holds whole (so an attacker
 * cannot get a fresh budget from every address in it).
 */
export function addressKey(ip: string | null): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/**
 * Where a caller stands against one limit after a request was counted: what the RateLimit header fields
 * (IETF draft-ietf-httpapi-ratelimit-headers) say about it.
 */
export interface RateLimitState {
  /** The policy's name in the headers: `per-address` or `per-caller`. */
  policy: string;
  /** Requests allowed per window. */
  quota: number;
  windowSeconds: number;
  /** Requests left in the current window. */
  remaining: number;
  /** Seconds until the window starts again. */
  resetSeconds: number;
}

/** Told the state of each limit a request is counted against (to write it into the response's headers). */
export type RateLimitReport = (state: RateLimitState) => void;

/** The name each limit has in the RateLimit header fields: a delegated call counts against its caller's budget. */
const POLICY_NAMES: Record<RateLimitScope, string> = { ip: 'per-address', user: 'per-caller', delegated: 'per-caller' };

/** The gateway's per-IP and per-user limits, counted in Redis (shared by replicas) or in memory. */
export interface GatewayRateLimits {
  /** Counts one request from `ip`; returns the refusal when it is over the per-IP limit. */
  consumeIp(ip: string | null, report?: RateLimitReport): Promise<RateLimitedError | undefined>;
  /** Counts one request of a signed-in user (anonymous callers are limited by address only). */
  consumeUser(userId: string | null, report?: RateLimitReport): Promise<RateLimitedError | undefined>;
  /**
   * Counts one call a subgraph makes on a caller's behalf, in place of the per-IP count (the peer
   * is the subgraph, shared by everyone): under `user:<id>`, or for an anonymous caller under the
   * subgraph and the client's address, so clients cannot use up each other's budget.
   */
  consumeDelegated(delegation: { userId: string | null; subgraph: string; clientIp: string | null }): Promise<RateLimitedError | undefined>;
  /** Where the counters live. */
  readonly store: 'redis' | 'memory';
  close(): Promise<void>;
}

/**
 * Creates the gateway's rate limits. With `redisUrl`, counters live in Redis under `keyPrefix`,
 * so every replica shares them; while Redis cannot be reached each process falls back to its
 * own memory counters (an insurance limiter) rather than failing requests or letting all through.
 */
export function createRateLimits(
  settings: RateLimitSettings,
  redisUrl: string | undefined,
  logger: Logger,
  options: { keyPrefix?: string; onLimited?: (scope: RateLimitScope) => void } = {},
): GatewayRateLimits {
  const keyPrefix = options.keyPrefix ?? 'caregraph:rate';
  const redis = redisUrl ? connect(redisUrl, logger) : undefined;
  const limiter = (scope: RateLimitScope, points: number): RateLimiterAbstract | undefined => {
    if (points === 0) return undefined;
    const base = { points, duration: settings.windowSeconds, keyPrefix: `${keyPrefix}:${scope}` };
    if (!redis) return new RateLimiterMemory(base);
    return new RateLimiterRedis({ ...base, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(base) });
  };
  const limiters = { ip: limiter('ip', settings.perIp), user: limiter('user', settings.perUser), delegated: limiter('delegated', settings.perIp) };

  const stateOf = (scope: RateLimitScope, answer: RateLimiterRes): RateLimitState => ({
    policy: POLICY_NAMES[scope],
    quota: limiters[scope]!.points,
    windowSeconds: settings.windowSeconds,
    remaining: Math.max(0, answer.remainingPoints),
    resetSeconds: Math.max(0, Math.ceil(answer.msBeforeNext / 1000)),
  });
  const consume = async (scope: RateLimitScope, key: string, report?: RateLimitReport): Promise<RateLimitedError | undefined> => {
    const chosen = limiters[scope];
    if (!chosen) return undefined;
    try {
      // Counted first: an optional call would skip evaluating its argument when there is no report.
      const answer = await chosen.consume(key);
      report?.(stateOf(scope, answer));
      return undefined;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        // Neither Redis nor the insurance limiter could count: serve rather than refuse everyone.
        logger.error({ scope, err: (rejection as Error)?.message }, 'rate limit could not be checked');
        return undefined;
      }
      options.onLimited?.(scope);
      const refusal = new RateLimitedError(scope, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      report?.({ ...stateOf(scope, rejection), remaining: 0, resetSeconds: refusal.retryAfterSeconds });
      return refusal;
    }
  };

  return {
    store: redis ? 'redis' : 'memory',
    consumeIp: (ip, report) => consume('ip', addressKey(ip), report),
    consumeUser: async (userId, report) => (userId ? consume('user', userId, report) : undefined),
    consumeDelegated: ({ userId, subgraph, clientIp }) =>
      consume('delegated', userId ? `user:${userId}` : `anonymous:${subgraph}:${addressKey(clientIp)}`),
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** A Redis connection that fails commands at once while down (the insurance limiter takes over). */
function connect(url: string, logger: Logger): Redis {
  const redis = connectFailFastRedis(url);
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error.message }, 'Redis unreachable: rate limits are counted per process until it is back');
  });
  redis.on('ready', () => {
    if (down) logger.info('Redis reachable again: rate limits are shared');
    down = false;
  });
  return redis;
}

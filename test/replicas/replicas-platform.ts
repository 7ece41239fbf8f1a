// The platform the replicated suites share (test/replicas.e2e.test.ts): two processes of the gateway and of each
// subgraph behind a round-robin each (`npm start -- --replicas=2`), sharing the real Redis this machine runs and
// PostgreSQL, with the cache of public reads on. What the suites need of it together:
// - a Redis database of their own, emptied before the platform starts, so no counter or cached answer of an
//   earlier run counts;
// - a per-user limit (PER_USER_LIMIT) and a sign-in lock (LOCK_AFTER) small enough to reach from a test;
// - the test holding the gateway's signing key, to reach each accounts replica directly as the gateway does;
// - timeouts for a loaded 2-core machine: 50 bookings at once each ask the graph about the listing.
import { generateGatewayKeys } from '@caregraph/kernel/testing';
import { Redis } from 'ioredis';
import type { RunningPlatform } from '../support/platform';
import { sharedPlatform, stopSharedPlatform } from '../support/shared-platform';

export const REDIS_URL = 'redis://127.0.0.1:6379/11';
/**
 * Above what any one caller of the suites needs (a booking counts twice: bookings asks the therapists subgraph
 * through the gateway on the client's behalf; 50 of them and more), so only the rate-limit test reaches it.
 */
export const PER_USER_LIMIT = 150;
/** Wrong passwords that lock an account (LOGIN_LOCK_AFTER), with no back-off before it: split over two replicas. */
export const LOCK_AFTER = 6;
/** The gateway's key pair, which the platform is given: the test can sign as the gateway does. */
export const gatewayKeys = generateGatewayKeys();

let emptied: Promise<void> | undefined;

async function emptyRedisDatabase(): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const answer = await redis.flushdb();
    if (answer !== 'OK') throw new Error(`emptying ${REDIS_URL} answered ${answer}`);
  } finally {
    await redis.quit();
  }
}

/** The suites' platform, started (on an emptied Redis database) by the first suite that asks. */
export async function replicasPlatform(): Promise<RunningPlatform> {
  emptied ??= emptyRedisDatabase();
  await emptied;
  return sharedPlatform({
    name: 'replicas',
    replicas: 2,
    timeoutMs: 150_000,
    env: {
      REDIS_URL,
      GATEWAY_RESPONSE_CACHE: 'on',
      GATEWAY_RATE_LIMIT_PER_USER: String(PER_USER_LIMIT),
      REVOCATION_POLL_MS: '500',
      SUBGRAPH_TIMEOUT_MS: '15000',
      // On a loaded 2-core machine the last of 50 bookings can wait longer than the default 5 s for the graph's
      // answer about the listing, and would be refused as unavailable.
      GRAPH_CALL_TIMEOUT_MS: '15000',
      LOG_LEVEL: 'warn',
      LOGIN_LOCK_AFTER: String(LOCK_AFTER),
      LOGIN_BACKOFF_AFTER: String(LOCK_AFTER),
      INTERNAL_TOKEN_PRIVATE_KEY: gatewayKeys.privateKeyPem,
      INTERNAL_TOKEN_PUBLIC_KEY: gatewayKeys.publicKeyPem,
    },
  });
}

/** Stops the platform and drops its databases. */
export const stopReplicas = stopSharedPlatform;

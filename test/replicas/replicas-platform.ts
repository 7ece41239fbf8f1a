// The platform the replica suites share (test/replicas.e2e.test.ts): two processes of the gateway and of each
// subgraph, a round-robin in front of each pair (`npm start -- --replicas=2`), sharing the real Redis this machine
// runs and PostgreSQL, with what each suite needs of its configuration together.
import { generateGatewayKeys } from '@caregraph/kernel/testing';
import { Redis } from 'ioredis';
import type { RunningPlatform } from '../support/platform';
import { sharedPlatform } from '../support/shared-platform';

/** A Redis database of the replica suites' own, emptied before the platform starts: no counters from earlier runs. */
export const REDIS_URL = 'redis://127.0.0.1:6379/11';
/**
 * Above what any one caller of the suites needs (a booking counts twice: bookings asks the therapists subgraph
 * through the gateway on the client's behalf; 50 of them and more), so only the rate-limit test reaches it.
 */
export const PER_USER_LIMIT = 150;
/** Wrong passwords that lock an account (LOGIN_LOCK_AFTER), with no back-off before it. */
export const LOCK_AFTER = 6;
/** The gateway's key is the tests' own: they can reach each accounts replica directly, as the gateway does. */
export const GATEWAY_KEYS = generateGatewayKeys();

const REPLICAS_PLATFORM = {
  name: 'replicas',
  replicas: 2,
  timeoutMs: 150_000,
  env: {
    REDIS_URL,
    GATEWAY_RESPONSE_CACHE: 'on',
    GATEWAY_RATE_LIMIT_PER_USER: String(PER_USER_LIMIT),
    REVOCATION_POLL_MS: '500',
    SUBGRAPH_TIMEOUT_MS: '15000',
    LOG_LEVEL: 'warn',
    LOGIN_LOCK_AFTER: String(LOCK_AFTER),
    LOGIN_BACKOFF_AFTER: String(LOCK_AFTER),
    INTERNAL_TOKEN_PRIVATE_KEY: GATEWAY_KEYS.privateKeyPem,
    INTERNAL_TOKEN_PUBLIC_KEY: GATEWAY_KEYS.publicKeyPem,
  },
};

let emptied: Promise<void> | undefined;

/** The replica suites' platform, started by the first suite that asks, on an emptied Redis database. */
export async function replicasPlatform(): Promise<RunningPlatform> {
  emptied ??= (async () => {
    const redis = new Redis(REDIS_URL);
    try {
      if ((await redis.flushdb()) !== 'OK') throw new Error(`could not empty ${REDIS_URL}`);
    } finally {
      await redis.quit();
    }
  })();
  await emptied;
  return sharedPlatform(REPLICAS_PLATFORM);
}

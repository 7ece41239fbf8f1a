import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import type Redis from 'ioredis';
import type { LoginLimits } from '../config';
import { LoginGuard } from './login-guard';
import { connectRedis, redisLimiterStore } from './login-limiters';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Whether Redis answers on REDIS_URL, decided before the tests are declared (a 1-second TCP probe). */
function redisReachable(): boolean {
  const { hostname, port } = new URL(REDIS_URL);
  const probe = `require('node:net').connect({ host: ${JSON.stringify(hostname)}, port: ${Number(port || 6379)} })
    .on('connect', () => process.exit(0)).on('error', () => process.exit(1)).setTimeout(1000, () => process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0;
}

const reachable = redisReachable();
if (!reachable) {
  // eslint-disable-next-line no-console
  console.warn(`Skipping the Redis-backed login guard test: no Redis at ${REDIS_URL} (set TEST_REDIS_URL to point at one).`);
}
const redisIt = reachable ? it : it.skip;

describe('login guard with counters in Redis', () => {
  const limits: LoginLimits = { backoffAfter: 5, backoffBaseSeconds: 2, lockAfter: 10, lockSeconds: 900, failureWindowSeconds: 3600, ipMaxFailures: 50 };
  const keyPrefix = `caregraph-test:${randomBytes(6).toString('hex')}`;
  let redis: Redis | undefined;

  afterAll(async () => {
    if (!redis) return;
    const keys = await redis.keys(`${keyPrefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  redisIt('shares failures across replicas: two guards on one Redis lock the account together', async () => {
    redis = await connectRedis(REDIS_URL);
    expect(redis.status).toBe('ready');
    // Two replicas of the subgraph: separate guards, same Redis.
    const replicaA = new LoginGuard(limits, redisLimiterStore(redis, keyPrefix));
    const replicaB = new LoginGuard(limits, redisLimiterStore(redis, keyPrefix));
    const email = 'Shared@Caregraph.example';
    for (let i = 0; i < 5; i++) {
      const replica = i % 2 ? replicaB : replicaA;
      await (await replica.begin(email, '198.51.100.20')).failed();
    }
    // The fifth failure (spread over both replicas) started a back-off that both see.
    await expect(replicaB.begin('shared@caregraph.example', '198.51.100.21')).rejects.toMatchObject({
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 4 },
    });
    for (let i = 0; i < 3; i++) await expect(replicaA.begin(email, '198.51.100.20')).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    // Failure 10: locked for 15 minutes, on every replica.
    await expect(replicaA.begin(email, '198.51.100.20')).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 900 } });
    await expect(replicaB.begin(email, '198.51.100.22')).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 900 } });

    const keys = await redis.keys(`${keyPrefix}:*`);
    expect(keys.length).toBeGreaterThan(0);
    // Keys carry a hash of the address, never the address.
    expect(keys.join(' ')).not.toMatch(/caregraph\.example/i);

    // A password reset lifts the lock everywhere.
    await replicaB.clear(email);
    await (await replicaA.begin(email, '198.51.100.20')).succeeded();
  });
});

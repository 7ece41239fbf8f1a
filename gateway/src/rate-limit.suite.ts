import { createDelegationTokenSigner, createLogger, DELEGATION_HEADER, readMetric, type Caller } from '@caregraph/kernel';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'node:net';
import { createRateLimits, RateLimitedError } from './rate-limit';
import { startGateway, type RunningGateway } from './start-gateway';
import { startJwks } from './test/jwks';
import { parseTrustedProxies } from './client-address';
import { TEST_GATEWAY_KEYS, tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';

const REDIS_URL = 'redis://127.0.0.1:6379';
const logger = createLogger('gateway');

/** True when a Redis server answers on 127.0.0.1:6379 (the development machines run one). */
function redisAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port: 6379, timeout: 500 });
    socket.once('connect', () => {
      socket.end('PING\r\n');
      socket.once('data', (data) => resolve(String(data).startsWith('+PONG')));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('rate limits at the gateway', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  const ask = (headers: Record<string, string> = {}) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: 'query Users { users { id } }' }),
    });

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    jwks = await startJwks();
    await writeSchemaDir(schema.dir);
  });
  afterEach(() => gateway?.stop());
  afterAll(async () => {
    await subgraphs?.stop();
    await schema?.remove();
    await jwks?.server.close(100);
  });

  it('refuses an address over its limit with 429 RATE_LIMITED and Retry-After, before any subgraph is asked', async () => {
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { production: true, rateLimits: { perIp: 3, perUser: 0, windowSeconds: 30 } }));
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    const before = subgraphs.subgraphs.accounts.requestIds.length;
    const refused = await ask();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(await refused.json()).toEqual({
      errors: [{ message: `Too many requests. Please wait ${retryAfter} s before trying again.`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }],
    });
    expect(subgraphs.subgraphs.accounts.requestIds.length).toBe(before);
    // Health, readiness and metrics are not GraphQL traffic: never limited.
    expect((await fetch(gateway.url.replace(/graphql$/, 'health'))).status).toBe(200);
    const metrics = await (await fetch(`${gateway.opsUrl}/metrics`)).text();
    expect(readMetric(metrics, 'caregraph_rate_limited_total', { scope: 'ip' })).toBe(1);
    expect(readMetric(metrics, 'caregraph_http_responses_total', { route: 'graphql', status: '429' })).toBe(1);
  });

  it('tells every caller where they stand in the RateLimit header fields, and on a refusal when to come back', async () => {
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { accountsJwksUrl: jwks.url, rateLimits: { perIp: 5, perUser: 3, windowSeconds: 30 } }));
    const first = await ask();
    expect(first.headers.get('ratelimit-policy')).toBe('"per-address";q=5;w=30');
    expect(first.headers.get('ratelimit')).toMatch(/^"per-address";r=4;t=(30|29)$/);
    expect((await ask()).headers.get('ratelimit')).toMatch(/^"per-address";r=3;t=\d+$/);
    // Signed in: counted per address and per caller, both listed.
    const ada = { authorization: `Bearer ${await jwks.sign({ roles: ['CLIENT'] }, { subject: 'ada-1111' })}` };
    const signedIn = await ask(ada);
    expect(signedIn.headers.get('ratelimit-policy')).toBe('"per-address";q=5;w=30, "per-caller";q=3;w=30');
    expect(signedIn.headers.get('ratelimit')).toMatch(/^"per-address";r=2;t=\d+, "per-caller";r=2;t=\d+$/);
    await ask(ada);
    await ask(ada);
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit')).toBe(`"per-address";r=0;t=${refused.headers.get('retry-after')}`);
  });

  it('gives each signed-in user a budget of their own, answered the same way', async () => {
    gateway = await startGateway(
      testGatewayConfig(schema.dir, subgraphs.urls, { accountsJwksUrl: jwks.url, rateLimits: { perIp: 0, perUser: 2, windowSeconds: 30 } }),
    );
    const ada = { authorization: `Bearer ${await jwks.sign({ roles: ['CLIENT'] }, { subject: 'ada-0000' })}` };
    const ben = { authorization: `Bearer ${await jwks.sign({ roles: ['CLIENT'] }, { subject: 'ben-0000' })}` };
    expect((await ask(ada)).status).toBe(200);
    expect((await ask(ada)).status).toBe(200);
    const refused = await ask(ada);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.headers.get('retry-after')) });
    expect((await ask(ben)).status).toBe(200);
    // Anonymous callers are limited by address only (off here).
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
  });

  it("counts a subgraph's calls on a caller's behalf for that caller, not for the subgraph's address", async () => {
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { rateLimits: { perIp: 3, perUser: 0, windowSeconds: 30 } }));
    const delegations = await createDelegationTokenSigner(TEST_GATEWAY_KEYS.privateKeyPem);
    const onBehalfOf = async (caller: Caller, clientIp: string) => ({
      [DELEGATION_HEADER]: await delegations.sign({ caller, subgraph: 'bookings', depth: 1, requestId: 'req-12345678', clientIp }),
    });
    const ada = await onBehalfOf({ userId: 'ada-0000', roles: ['CLIENT'] }, '203.0.113.1');
    const ben = await onBehalfOf({ userId: 'ben-0000', roles: ['CLIENT'] }, '203.0.113.2');
    // Every call comes from the same address (the subgraph's, here 127.0.0.1), as in production.
    for (let i = 0; i < 3; i++) expect((await ask(ada)).status).toBe(200);
    expect((await ask(ada)).status).toBe(429);
    for (let i = 0; i < 3; i++) expect((await ask(ben)).status).toBe(200);
    // Anonymous delegated calls: one bucket per subgraph and client address.
    const anonymousA = await onBehalfOf({ userId: null, roles: [] }, '198.51.100.1');
    const anonymousB = await onBehalfOf({ userId: null, roles: [] }, '198.51.100.2');
    for (let i = 0; i < 3; i++) expect((await ask(anonymousA)).status).toBe(200);
    expect((await ask(anonymousA)).status).toBe(429);
    expect((await ask(anonymousB)).status).toBe(200);
    // The subgraph's own address kept its whole budget; an invalid delegation is counted against it.
    for (let i = 0; i < 3; i++) expect((await ask({ [DELEGATION_HEADER]: 'not.a.token' })).status).toBe(401);
    expect((await ask({ [DELEGATION_HEADER]: 'not.a.token' })).status).toBe(429);
    const metrics = await (await fetch(`${gateway.opsUrl}/metrics`)).text();
    expect(readMetric(metrics, 'caregraph_rate_limited_total', { scope: 'delegated' })).toBe(2);
  });

  it('behind a trusted proxy counts each client address; from an untrusted peer ignores X-Forwarded-For', async () => {
    gateway = await startGateway(
      testGatewayConfig(schema.dir, subgraphs.urls, { trustedProxies: parseTrustedProxies('127.0.0.1'), rateLimits: { perIp: 2, perUser: 0, windowSeconds: 30 } }),
    );
    const from = (address: string) => ({ 'x-forwarded-for': `192.0.2.99, ${address}` });
    for (let i = 0; i < 2; i++) expect((await ask(from('203.0.113.7'))).status).toBe(200);
    expect((await ask(from('203.0.113.7'))).status).toBe(429);
    expect((await ask(from('203.0.113.8'))).status).toBe(200);
    await gateway.stop();
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { rateLimits: { perIp: 2, perUser: 0, windowSeconds: 30 } }));
    // No trusted proxies: a spoofed X-Forwarded-For does not buy a fresh budget.
    expect((await ask(from('203.0.113.20'))).status).toBe(200);
    expect((await ask(from('203.0.113.21'))).status).toBe(200);
    expect((await ask(from('203.0.113.22'))).status).toBe(429);
  });
});

describe('rate-limit counters', () => {
  const settings = { perIp: 3, perUser: 2, windowSeconds: 30 };

  it('count in memory without REDIS_URL, per address and per user', async () => {
    const limits = createRateLimits(settings, undefined, logger);
    expect(limits.store).toBe('memory');
    for (let i = 0; i < 3; i++) expect(await limits.consumeIp('203.0.113.9')).toBeUndefined();
    const refused = await limits.consumeIp('203.0.113.9');
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toMatchObject({ scope: 'ip', extensions: { code: 'RATE_LIMITED' } });
    expect(await limits.consumeIp('203.0.113.10')).toBeUndefined();
    // The addresses of one IPv6 /64 share a budget.
    for (let i = 1; i <= 3; i++) expect(await limits.consumeIp(`2001:db8:1:2::${i}`)).toBeUndefined();
    expect(await limits.consumeIp('2001:db8:1:2::99')).toBeInstanceOf(RateLimitedError);
    expect(await limits.consumeUser(null)).toBeUndefined();
    // Delegated calls: per user, or per subgraph and client address when anonymous; apart from addresses.
    for (let i = 0; i < 3; i++) expect(await limits.consumeDelegated({ userId: 'ada', subgraph: 'bookings', clientIp: '203.0.113.9' })).toBeUndefined();
    expect(await limits.consumeDelegated({ userId: 'ada', subgraph: 'care-plans', clientIp: null })).toMatchObject({ scope: 'delegated' });
    expect(await limits.consumeDelegated({ userId: 'ben', subgraph: 'bookings', clientIp: '203.0.113.9' })).toBeUndefined();
    expect(await limits.consumeDelegated({ userId: null, subgraph: 'bookings', clientIp: '203.0.113.9' })).toBeUndefined();
    await limits.close();
  });

  it('fall back to counting in memory while Redis is unreachable, rather than failing or letting all through', async () => {
    const limits = createRateLimits(settings, 'redis://127.0.0.1:1', logger, { keyPrefix: `test:${randomBytes(4).toString('hex')}` });
    expect(limits.store).toBe('redis');
    expect(await limits.consumeUser('ada')).toBeUndefined();
    expect(await limits.consumeUser('ada')).toBeUndefined();
    expect(await limits.consumeUser('ada')).toBeInstanceOf(RateLimitedError);
    await limits.close();
  });

  it('are shared through Redis by every gateway replica (REDIS_URL)', async () => {
    if (!(await redisAnswers())) {
      console.warn(`Skipped: no Redis answers at ${REDIS_URL}; start one to test shared rate limits.`);
      return;
    }
    const keyPrefix = `caregraph-test:${randomBytes(6).toString('hex')}`;
    const replicaA = createRateLimits(settings, REDIS_URL, logger, { keyPrefix });
    const replicaB = createRateLimits(settings, REDIS_URL, logger, { keyPrefix });
    // Give both connections time to be ready: while not, the per-process insurance counts instead.
    await new Promise((resolve) => setTimeout(resolve, 200));
    try {
      expect(await replicaA.consumeUser('ada')).toBeUndefined();
      expect(await replicaB.consumeUser('ada')).toBeUndefined();
      const refused = await replicaA.consumeUser('ada');
      expect(refused).toBeInstanceOf(RateLimitedError);
      expect(refused!.retryAfterSeconds).toBeGreaterThanOrEqual(29);
      expect(await replicaB.consumeUser('ada')).toBeInstanceOf(RateLimitedError);
      expect(await replicaB.consumeUser('ben')).toBeUndefined();
    } finally {
      await replicaA.close();
      await replicaB.close();
    }
  });
});

import { ConfigError } from '@caregraph/kernel';
import path from 'node:path';
import { GATEWAY_QUERY_LIMITS, readGatewayConfig } from './config';
import { withoutAddresses } from './format-error';
import { addressKey } from './rate-limit';
import { healthUrlOf } from './readiness';
import { DEFAULT_ADMISSION } from './admission/admission-limit';

describe('gateway configuration', () => {
  const saved = { ...process.env };
  const variables = ['PORT', 'HOST', 'SUPERGRAPH_PATH', 'SCHEMA_DIR', 'ACCOUNTS_URL', 'THERAPISTS_URL', 'BOOKINGS_URL', 'CARE_PLANS_URL', 'NOTIFICATIONS_URL', 'SUBGRAPH_TIMEOUT_MS', 'GATEWAY_REQUEST_TIMEOUT_MS', 'GATEWAY_BODY_LIMIT_BYTES', 'NODE_ENV', 'SUPERGRAPH_WATCH',
    'GATEWAY_MAX_DEPTH', 'GATEWAY_MAX_ALIASES', 'GATEWAY_MAX_DIRECTIVES', 'GATEWAY_MAX_TOKENS', 'GATEWAY_MAX_COST', 'GATEWAY_MAX_COST_ANONYMOUS', 'OPS_HOST', 'OPS_PORT', 'READINESS_INTERVAL_MS',
    'GATEWAY_RATE_LIMIT_PER_IP', 'GATEWAY_RATE_LIMIT_PER_USER', 'GATEWAY_RATE_LIMIT_WINDOW_SECONDS', 'REDIS_URL', 'GATEWAY_SHUTDOWN_DELAY_MS', 'GATEWAY_TRUSTED_DOCUMENTS', 'TRUSTED_PROXIES',
    'ACCOUNTS_JWKS_URL', 'ACCOUNTS_KEYS_REFRESH_MS', 'ACCOUNTS_REVOCATIONS_URL', 'REVOCATION_POLL_MS', 'REVOCATION_MAX_STALENESS_MS', 'REPLICAS', 'GATEWAY_ADMISSION', 'GATEWAY_ADMISSION_TARGET_MS', 'GATEWAY_ADMISSION_MAX_LIMIT', 'GATEWAY_ADMISSION_QUEUE_MS'];
  beforeEach(() => {
    variables.forEach((name) => delete process.env[name]);
    process.env.INTERNAL_TOKEN_PRIVATE_KEY = 'test-key-pem';
    delete process.env.INTERNAL_TOKEN_PRIVATE_KEY_FILE;
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('refuses to start without the key that signs subgraph requests', () => {
    delete process.env.INTERNAL_TOKEN_PRIVATE_KEY;
    expect(() => readGatewayConfig()).toThrow(/INTERNAL_TOKEN_PRIVATE_KEY/);
  });

  it('defaults to the local development setup', () => {
    const repository = path.resolve(__dirname, '../..');
    expect(readGatewayConfig()).toEqual({
      host: '0.0.0.0',
      port: 4000,
      ops: { host: '127.0.0.1', port: 14000, readinessIntervalMs: 5000 },
      supergraphPath: path.join(repository, 'schema', 'supergraph.graphql'),
      schemaDir: path.join(repository, 'schema'),
      subgraphUrls: {
        accounts: 'http://127.0.0.1:4101/graphql',
        therapists: 'http://127.0.0.1:4102/graphql',
        bookings: 'http://127.0.0.1:4103/graphql',
        'care-plans': 'http://127.0.0.1:4104/graphql',
        notifications: 'http://127.0.0.1:4105/graphql',
      },
      subgraphTimeoutMs: 3000,
      requestTimeoutMs: 10_000,
      bodyLimitBytes: 1_000_000,
      production: false,
      internalTokenPrivateKey: 'test-key-pem',
      accountsJwksUrl: 'http://127.0.0.1:4101/.well-known/jwks.json',
      trustedProxies: expect.objectContaining({ size: 0 }),
      accountsKeysRefreshMs: 10_000,
      accountsRevocationsUrl: 'http://127.0.0.1:4101/revocations',
      revocationPollMs: 1000,
      revocationMaxStalenessMs: 10_000,
      watchSupergraph: true,
      queryLimits: { maxDepth: 12, maxAliases: 10, maxDirectives: 20, maxTokens: 1000, maxCost: 15_000 },
      anonymousMaxCost: 2_500,
      rateLimits: { perIp: 1200, perUser: 300, windowSeconds: 60 },
      redisUrl: undefined,
      trustedDocumentsPath: undefined,
      shutdownDelayMs: 0,
      admission: DEFAULT_ADMISSION,
      responseCache: { enabled: true, maxEntries: 10_000 },
    });
    expect(GATEWAY_QUERY_LIMITS).toEqual(readGatewayConfig().queryLimits);
  });

  it('turns the cache of public reads off, and refuses a mode it does not know', () => {
    process.env.GATEWAY_RESPONSE_CACHE = 'off';
    process.env.GATEWAY_RESPONSE_CACHE_MAX_ENTRIES = '50';
    expect(readGatewayConfig().responseCache).toEqual({ enabled: false, maxEntries: 50 });
    process.env.GATEWAY_RESPONSE_CACHE = 'sometimes';
    expect(() => readGatewayConfig()).toThrow(/GATEWAY_RESPONSE_CACHE must be on or off/);
  });

  it('turns admission control off or tunes it, and refuses settings that would make a refusal slow', () => {
    process.env.GATEWAY_ADMISSION = 'off';
    expect(readGatewayConfig().admission).toBeUndefined();
    process.env.GATEWAY_ADMISSION = 'on';
    process.env.GATEWAY_ADMISSION_TARGET_MS = '400';
    process.env.GATEWAY_ADMISSION_MAX_LIMIT = '40';
    process.env.GATEWAY_ADMISSION_QUEUE_MS = '100';
    expect(readGatewayConfig().admission).toEqual({ ...DEFAULT_ADMISSION, targetLatencyMs: 400, maxLimit: 40, maxQueueMs: 100, initialLimit: 40 });
    process.env.GATEWAY_ADMISSION_QUEUE_MS = '60000';
    expect(() => readGatewayConfig()).toThrow(/GATEWAY_ADMISSION_QUEUE_MS must be at most 5000/);
    process.env.GATEWAY_ADMISSION_QUEUE_MS = '100';
    process.env.GATEWAY_ADMISSION_MAX_LIMIT = '2';
    expect(() => readGatewayConfig()).toThrow(/GATEWAY_ADMISSION_MAX_LIMIT must be at least 8/);
    process.env.GATEWAY_ADMISSION = 'maybe';
    expect(() => readGatewayConfig()).toThrow(/GATEWAY_ADMISSION must be on or off, got "maybe"/);
  });

  it('refuses to run as several replicas without Redis: each would keep its own rate limits and persisted queries', () => {
    process.env.REPLICAS = '3';
    expect(() => readGatewayConfig()).toThrow(
      new ConfigError('gateway: REPLICAS is 3 but REDIS_URL is not set. Without Redis each replica would keep its rate limits and registered persisted queries to itself. Set REDIS_URL (shared by every replica), or REPLICAS=1 for a single process.'),
    );
    process.env.REDIS_URL = 'redis://redis:6379/0';
    expect(readGatewayConfig().redisUrl).toBe('redis://redis:6379/0');
    process.env.REPLICAS = '0';
    expect(() => readGatewayConfig()).toThrow(/REPLICAS must be 1 or more/);
    delete process.env.REDIS_URL;
    process.env.REPLICAS = '1';
    expect(readGatewayConfig().redisUrl).toBeUndefined();
  });

  it('takes query and rate limits from the environment, and refuses a Redis URL that is not one', () => {
    process.env.GATEWAY_MAX_DEPTH = '15';
    process.env.GATEWAY_MAX_COST = '20000';
    process.env.GATEWAY_RATE_LIMIT_PER_USER = '0';
    process.env.REDIS_URL = 'redis://:s3cret@redis:6379/2';
    expect(readGatewayConfig()).toMatchObject({
      queryLimits: { maxDepth: 15, maxCost: 20_000 },
      rateLimits: { perUser: 0 },
      redisUrl: 'redis://:s3cret@redis:6379/2',
    });
    process.env.REDIS_URL = 'http://:s3cret@redis:6379';
    expect(() => readGatewayConfig()).toThrow(new ConfigError('REDIS_URL must be a redis:// or rediss:// URL'));
    process.env.REDIS_URL = '';
    process.env.GATEWAY_RATE_LIMIT_WINDOW_SECONDS = '0';
    expect(() => readGatewayConfig()).toThrow(/GATEWAY_RATE_LIMIT_WINDOW_SECONDS must be at least 1/);
  });

  it('puts the operations endpoints on their own port, PORT + 10000 unless OPS_PORT says otherwise', () => {
    process.env.PORT = '4400';
    expect(readGatewayConfig().ops).toEqual({ host: '127.0.0.1', port: 14400, readinessIntervalMs: 5000 });
    process.env.OPS_PORT = '9400';
    process.env.OPS_HOST = '0.0.0.0';
    process.env.READINESS_INTERVAL_MS = '2000';
    expect(readGatewayConfig().ops).toEqual({ host: '0.0.0.0', port: 9400, readinessIntervalMs: 2000 });
    process.env.PORT = '0';
    delete process.env.OPS_PORT;
    expect(readGatewayConfig().ops.port).toBe(0);
    process.env.PORT = '9400';
    process.env.OPS_PORT = '9400';
    expect(() => readGatewayConfig()).toThrow(new ConfigError('OPS_PORT must differ from the public port (9400)'));
    process.env.OPS_PORT = '9401';
    process.env.READINESS_INTERVAL_MS = '10';
    expect(() => readGatewayConfig()).toThrow(/READINESS_INTERVAL_MS must be at least 100/);
  });

  it('gives signed-out callers a lower cost budget, never above the signed-in one', () => {
    process.env.GATEWAY_MAX_COST_ANONYMOUS = '800';
    expect(readGatewayConfig()).toMatchObject({ queryLimits: { maxCost: 15_000 }, anonymousMaxCost: 800 });
    process.env.GATEWAY_MAX_COST_ANONYMOUS = '20000';
    expect(() => readGatewayConfig()).toThrow(new ConfigError('GATEWAY_MAX_COST_ANONYMOUS must be at most GATEWAY_MAX_COST (15000), got "20000"'));
    delete process.env.GATEWAY_MAX_COST_ANONYMOUS;
    process.env.GATEWAY_MAX_COST = '1000';
    expect(readGatewayConfig().anonymousMaxCost).toBe(1000);
  });

  it('reads the trusted-documents manifest path, relative to the working directory', () => {
    process.env.GATEWAY_TRUSTED_DOCUMENTS = 'clients/web/dist/persisted-documents.json';
    expect(readGatewayConfig().trustedDocumentsPath).toBe(path.resolve('clients/web/dist/persisted-documents.json'));
  });

  it('reads TRUSTED_PROXIES, naming a bad entry', () => {
    process.env.TRUSTED_PROXIES = '10.0.0.0/8, 192.0.2.7';
    const trusted = readGatewayConfig().trustedProxies;
    expect(trusted.has('10.20.30.40')).toBe(true);
    expect(trusted.has('203.0.113.9')).toBe(false);
    process.env.TRUSTED_PROXIES = '10.0.0.0/8, lb';
    expect(() => readGatewayConfig()).toThrow(/TRUSTED_PROXIES: "lb" is not an IP address or CIDR range/);
  });

  it('takes each subgraph URL from its own variable', () => {
    process.env.CARE_PLANS_URL = 'http://care-plans:4104/graphql';
    process.env.SUBGRAPH_TIMEOUT_MS = '500';
    const config = readGatewayConfig();
    expect(config.subgraphUrls['care-plans']).toBe('http://care-plans:4104/graphql');
    expect(config.subgraphTimeoutMs).toBe(500);
  });

  it('gives a whole request ten seconds, or the subgraph timeout when that is longer, unless GATEWAY_REQUEST_TIMEOUT_MS says', () => {
    process.env.SUBGRAPH_TIMEOUT_MS = '15000';
    expect(readGatewayConfig().requestTimeoutMs).toBe(15_000);
    process.env.GATEWAY_REQUEST_TIMEOUT_MS = '4000';
    expect(readGatewayConfig().requestTimeoutMs).toBe(4000);
    process.env.GATEWAY_REQUEST_TIMEOUT_MS = '0';
    expect(() => readGatewayConfig()).toThrow(/GATEWAY_REQUEST_TIMEOUT_MS/);
  });

  it('refuses a subgraph URL that is not http(s), naming the variable', () => {
    process.env.BOOKINGS_URL = 'bookings:4103';
    expect(() => readGatewayConfig()).toThrow(new ConfigError('BOOKINGS_URL must be an http(s) URL, got "bookings:4103"'));
  });

  it('never watches the supergraph in production', () => {
    process.env.SUPERGRAPH_WATCH = 'false';
    expect(readGatewayConfig().watchSupergraph).toBe(false);
    process.env.NODE_ENV = 'production';
    process.env.SUPERGRAPH_WATCH = 'true';
    expect(readGatewayConfig()).toMatchObject({ production: true, watchSupergraph: false });
  });
});

describe('gateway helpers', () => {
  it('finds a subgraph health endpoint beside its GraphQL endpoint', () => {
    expect(healthUrlOf('http://bookings:4103/graphql')).toBe('http://bookings:4103/health');
    expect(healthUrlOf('https://api.internal/bookings/graphql/')).toBe('https://api.internal/bookings/health');
  });

  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002::7', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [null, 'unknown'],
  ])('counts address %s under %s for rate limits', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });

  it('removes addresses from messages', () => {
    expect(withoutAddresses('request to http://10.0.0.7:4101/graphql failed, reason: connect ECONNREFUSED 10.0.0.7:4101')).toBe(
      'request to [address removed] failed, reason: connect ECONNREFUSED [address removed]',
    );
  });
});

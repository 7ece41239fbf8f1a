import { ConfigError } from '@caregraph/runtime';
import path from 'node:path';
import { readGatewayConfig } from './config';
import { withoutAddresses } from './format-error';
import { healthUrlOf } from './readiness';

describe('gateway configuration', () => {
  const saved = { ...process.env };
  const variables = ['PORT', 'HOST', 'SUPERGRAPH_PATH', 'SCHEMA_DIR', 'ACCOUNTS_URL', 'THERAPISTS_URL', 'BOOKINGS_URL', 'CARE_PLANS_URL', 'SUBGRAPH_TIMEOUT_MS', 'GATEWAY_BODY_LIMIT_BYTES', 'NODE_ENV', 'SUPERGRAPH_WATCH'];
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
      supergraphPath: path.join(repository, 'schema', 'supergraph.graphql'),
      schemaDir: path.join(repository, 'schema'),
      subgraphUrls: {
        accounts: 'http://127.0.0.1:4101/graphql',
        therapists: 'http://127.0.0.1:4102/graphql',
        bookings: 'http://127.0.0.1:4103/graphql',
        'care-plans': 'http://127.0.0.1:4104/graphql',
      },
      subgraphTimeoutMs: 3000,
      bodyLimitBytes: 1_000_000,
      production: false,
      internalTokenPrivateKey: 'test-key-pem',
      accountsJwksUrl: 'http://127.0.0.1:4101/.well-known/jwks.json',
      trustProxy: false,
      watchSupergraph: true,
    });
  });

  it('takes each subgraph URL from its own variable', () => {
    process.env.CARE_PLANS_URL = 'http://care-plans:4104/graphql';
    process.env.SUBGRAPH_TIMEOUT_MS = '500';
    const config = readGatewayConfig();
    expect(config.subgraphUrls['care-plans']).toBe('http://care-plans:4104/graphql');
    expect(config.subgraphTimeoutMs).toBe(500);
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

  it('removes addresses from messages', () => {
    expect(withoutAddresses('request to http://10.0.0.7:4101/graphql failed, reason: connect ECONNREFUSED 10.0.0.7:4101')).toBe(
      'request to [address removed] failed, reason: connect ECONNREFUSED [address removed]',
    );
  });
});

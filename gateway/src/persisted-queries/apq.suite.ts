// Automatic persisted queries (APQ): a client sends the sha256 of an operation instead of its text,
// once the gateway has seen the text; the hashes live in this process's memory, or in Redis (REDIS_URL)
// where every replica shares them.
import { createConnection } from 'node:net';
import { randomBytes } from 'node:crypto';
import { startGateway, type RunningGateway } from '../start-gateway';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from '../test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from '../test/test-subgraphs';
import { documentHash } from './trusted-documents';

const REDIS_URL = 'redis://127.0.0.1:6379';

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

interface Body {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** POSTs an APQ request: the hash, and the text when `withText`. */
async function send(url: string, query: string, options: { withText?: boolean; hash?: string } = {}): Promise<{ status: number; body: Body }> {
  const extensions = { persistedQuery: { version: 1, sha256Hash: options.hash ?? documentHash(query) } };
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(options.withText ? { query, extensions } : { extensions }),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

/** A query unique to one test, so a hash registered by another test or an earlier run cannot answer it. */
const uniqueQuery = () => `query Users_${randomBytes(4).toString('hex')} { users { id displayName } }`;
const USERS = { users: [{ id: 'u1', displayName: 'Ada' }, { id: 'u2', displayName: 'Ben' }] };

describe('automatic persisted queries', () => {
  let subgraphs: TestSubgraphs;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  const gateways: RunningGateway[] = [];
  const start = async (overrides: Parameters<typeof testGatewayConfig>[2] = {}) => {
    const gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { production: true, ...overrides }));
    gateways.push(gateway);
    return gateway;
  };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
  });
  afterEach(async () => {
    await Promise.all(gateways.splice(0).map((g) => g.stop()));
  });
  afterAll(async () => {
    await subgraphs?.stop();
    await schema?.remove();
  });

  describe('in memory (no REDIS_URL)', () => {
    it('asks for the text of an unknown hash, registers it, then serves the hash alone (POST and GET)', async () => {
      const gateway = await start();
      const query = uniqueQuery();
      const unknown = await send(gateway.url, query);
      expect(unknown.body.errors?.[0]).toMatchObject({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });

      const registered = await send(gateway.url, query, { withText: true });
      expect(registered).toEqual({ status: 200, body: { data: USERS } });
      expect(await send(gateway.url, query)).toEqual({ status: 200, body: { data: USERS } });

      // Apollo Client sends hashed queries by GET (cacheable); CSRF prevention still wants a preflight header.
      const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documentHash(query) } }));
      const get = await fetch(`${gateway.url}?extensions=${extensions}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(await get.json()).toEqual({ data: USERS });
    });

    it('refuses text that does not match its hash, and registers nothing', async () => {
      const gateway = await start();
      const query = uniqueQuery();
      const wrongHash = documentHash(`${query} `);
      const mismatch = await send(gateway.url, query, { withText: true, hash: wrongHash });
      expect(mismatch.status).toBe(400);
      expect(mismatch.body.errors?.[0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_USER_INPUT' } });
      expect((await send(gateway.url, query, { hash: wrongHash })).body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });

    it('applies the query limits before registering: an operation over them is refused and never stored', async () => {
      const gateway = await start({ queryLimits: { maxDepth: 12, maxAliases: 1, maxDirectives: 20, maxTokens: 1000, maxCost: 10_000 } });
      const query = `query Aliased_${randomBytes(4).toString('hex')} { a: users { id } b: users { id } c: users { id } }`;
      const refused = await send(gateway.url, query, { withText: true });
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
      expect((await send(gateway.url, query)).body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });

    it('keeps each replica\'s hashes to itself', async () => {
      const [a, b] = [await start(), await start()];
      const query = uniqueQuery();
      await send(a.url, query, { withText: true });
      expect((await send(b.url, query)).body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });
  });

  describe('in Redis (REDIS_URL)', () => {
    it('shares registered hashes between replicas', async () => {
      if (!(await redisAnswers())) {
        console.warn(`Skipped: no Redis answers at ${REDIS_URL}; start one to test the shared APQ cache.`);
        return;
      }
      const [a, b] = [await start({ redisUrl: REDIS_URL }), await start({ redisUrl: REDIS_URL })];
      const query = uniqueQuery();
      expect((await send(b.url, query)).body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(await send(a.url, query, { withText: true })).toEqual({ status: 200, body: { data: USERS } });
      // Apollo stores the hash after answering; give the write a moment to land.
      let shared: Awaited<ReturnType<typeof send>> | undefined;
      for (let attempt = 0; attempt < 20 && !shared?.body.data; attempt++) {
        shared = await send(b.url, query);
        if (!shared.body.data) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(shared).toEqual({ status: 200, body: { data: USERS } });
    });

    it('still serves while Redis is unreachable: a hash is a miss, and the text works', async () => {
      const gateway = await start({ redisUrl: 'redis://127.0.0.1:1' });
      const query = uniqueQuery();
      expect((await send(gateway.url, query)).body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(await send(gateway.url, query, { withText: true })).toEqual({ status: 200, body: { data: USERS } });
    });
  });
});

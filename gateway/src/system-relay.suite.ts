import { createInternalTokenVerifier, listen, SYSTEM_USER_ID, type GracefulServer } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { startGateway, type RunningGateway } from './start-gateway';
import { SUBGRAPHS, type SubgraphName } from './subgraphs';
import { startJwks } from './test/jwks';
import { repositorySdl } from './test/guarded-gateway';
import { TEST_GATEWAY_KEYS, tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';

// The erasure mutations are the platform's own (SYSTEM): kept out of the public graph with @inaccessible, so
// the gateway refuses them on /graphql, and relayed to their subgraph on /system/<subgraph>/graphql for a
// SYSTEM access token only (how accounts' deletion saga calls them; docs/adr/006).
describe('system-only operations', () => {
  let gateway: RunningGateway;
  let recorder: GracefulServer;
  let jwks: Awaited<ReturnType<typeof startJwks>>;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  const received: Array<{ url: string; authorization: string; body: string }> = [];
  let systemToken: string;
  let clientToken: string;

  beforeAll(async () => {
    recorder = await listen(
      (req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          // The gateway's background readiness checks are not relayed requests.
          if (req.url !== '/health') received.push({ url: req.url ?? '', authorization: req.headers.authorization ?? '', body });
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { eraseClientBookings: { retained: 1, deleted: 2, retainUntil: null } } }));
        });
      },
      '127.0.0.1',
      0,
    );
    jwks = await startJwks();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir, repositorySdl());
    const url = `http://127.0.0.1:${recorder.port}/graphql`;
    const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, url])) as Record<SubgraphName, string>;
    gateway = await startGateway(testGatewayConfig(schema.dir, urls, { production: true, accountsJwksUrl: jwks.url }));
    systemToken = await jwks.sign({ roles: ['SYSTEM'] }, { subject: SYSTEM_USER_ID, expiresIn: '60s' });
    clientToken = await jwks.sign({ roles: ['CLIENT'] }, { subject: randomUUID() });
  });
  afterAll(async () => {
    await gateway?.stop();
    await recorder?.close(100);
    await jwks?.server.close(100);
    await schema?.remove();
  });

  const ERASE = 'mutation($u: ID!) { eraseClientBookings(userId: $u) { retained deleted retainUntil } }';
  const post = (path: string, token?: string) =>
    fetch(gateway.url.replace(/\/graphql$/, path), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: ERASE, variables: { u: randomUUID() } }),
    });

  it.each(['eraseClientBookings', 'eraseClientCarePlans'])('refuses %s on the public /graphql, even for SYSTEM, reaching no subgraph', async (field) => {
    received.length = 0;
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${systemToken}` },
      body: JSON.stringify({ query: `mutation { ${field}(userId: "${randomUUID()}") { retained } }` }),
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain(field);
    expect(received).toEqual([]);
  });

  it('relays a SYSTEM caller to the named subgraph with an internal token for SYSTEM, and answers with its response', async () => {
    received.length = 0;
    const response = await post('/system/bookings/graphql', systemToken);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { eraseClientBookings: { retained: 1, deleted: 2, retainUntil: null } } });
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0].body).query).toBe(ERASE);
    const verifier = await createInternalTokenVerifier(TEST_GATEWAY_KEYS.publicKeyPem, 'bookings');
    await expect(verifier.verify(received[0].authorization)).resolves.toMatchObject({ caller: { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] }, depth: 0 });
  });

  it.each<[string, string | undefined, number, string]>([
    ['nobody', undefined, 401, 'UNAUTHENTICATED'],
    ['a client', 'client', 403, 'FORBIDDEN'],
    ['a forged token', 'forged', 401, 'UNAUTHENTICATED'],
  ])('refuses %s on the relay, reaching no subgraph', async (_, who, status, code) => {
    received.length = 0;
    const token = who === 'client' ? clientToken : who === 'forged' ? `${systemToken.slice(0, -4)}AAAA` : undefined;
    const response = await post('/system/care-plans/graphql', token);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe(code);
    expect(received).toEqual([]);
  });

  it('answers 404 for a subgraph it does not know', async () => {
    const response = await post('/system/payments/graphql', systemToken);
    expect(response.status).toBe(404);
    expect(received.filter((r) => r.url.includes('payments'))).toEqual([]);
  });
});

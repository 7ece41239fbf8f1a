import { graphqlRequest, waitForStatus } from '@caregraph/kernel/testing';
import { startGateway, type RunningGateway } from './start-gateway';
import { SUBGRAPH_UNAVAILABLE_MESSAGE } from './subgraph-data-source';
import { reusedOperationCount } from './operation-reuse';
import { shapedResponseCount } from './response-shaping';
import { createInternalTokenVerifier } from '@caregraph/kernel';
import { TEST_GATEWAY_KEYS, tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';

describe('gateway over the static supergraph (development mode)', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  const base = () => gateway.url.replace(/\/graphql$/, '');

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { subgraphTimeoutMs: 1000 }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await schema?.remove();
  });

  it('answers a query that spans two subgraphs, at the configured URLs rather than those in the file', async () => {
    const result = await graphqlRequest(gateway.url, '{ users { id displayName therapist { name } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      users: [
        { id: 'u1', displayName: 'Ada', therapist: { name: 'Dr Okafor' } },
        { id: 'u2', displayName: 'Ben', therapist: { name: 'Dr Okafor' } },
      ],
    });
  });

  it("reuses Apollo's Operation for a document it has seen (operation-reuse.ts) and shapes with response-shaping.ts: same data, the request's own variables", async () => {
    const query = 'query ($withTherapist: Boolean!) { users { id displayName therapist @include(if: $withTherapist) { name } } }';
    const first = await graphqlRequest(gateway.url, query, { withTherapist: true });
    const before = reusedOperationCount();
    const shapedBefore = shapedResponseCount();
    const second = await graphqlRequest(gateway.url, query, { withTherapist: true });
    expect(reusedOperationCount()).toBe(before + 1);
    expect(shapedResponseCount()).toBe(shapedBefore + 1);
    expect(second).toEqual(first);
    expect(first.data).toEqual({
      users: [
        { id: 'u1', displayName: 'Ada', therapist: { name: 'Dr Okafor' } },
        { id: 'u2', displayName: 'Ben', therapist: { name: 'Dr Okafor' } },
      ],
    });
    // Variables are the request's own, never the kept Operation's: the same document without the therapist.
    const without = await graphqlRequest(gateway.url, query, { withTherapist: false });
    expect(without.data).toEqual({ users: [{ id: 'u1', displayName: 'Ada' }, { id: 'u2', displayName: 'Ben' }] });
    expect(reusedOperationCount()).toBe(before + 2);
  });

  it('makes its own request id for every request, sends it to every subgraph and returns it, whatever the client sent', async () => {
    const { accounts, therapists } = subgraphs.subgraphs;
    accounts.requestIds.length = 0;
    therapists.requestIds.length = 0;
    const chosen = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'lb-request-0001' },
      body: JSON.stringify({ query: '{ users { therapist { name } } }' }),
    });
    const id = chosen.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(accounts.requestIds).toEqual([id]);
    expect(therapists.requestIds).toEqual([id]);

    const malformed = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'not ok; <script>' },
      body: JSON.stringify({ query: '{ users { id } }' }),
    });
    const other = malformed.headers.get('x-request-id');
    expect(other).toMatch(/^[0-9a-f-]{36}$/);
    expect(other).not.toBe(id);
    expect(accounts.requestIds[1]).toBe(other);
    expect([...accounts.requestIds, ...therapists.requestIds]).not.toContain('lb-request-0001');
  });

  it('sends each subgraph a token signed for that subgraph alone, and the request id beside it', async () => {
    const { accounts, therapists } = subgraphs.subgraphs;
    accounts.authorizations.length = 0;
    accounts.requestIds.length = 0;
    therapists.authorizations.length = 0;
    await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'lb-request-0002' },
      body: JSON.stringify({ query: '{ users { therapist { name } } }' }),
    });
    const forAccounts = await createInternalTokenVerifier(TEST_GATEWAY_KEYS.publicKeyPem, 'accounts');
    // The token is reused for this caller for a few seconds (docs/adr/017), so the request id is not in it.
    await expect(forAccounts.verify(accounts.authorizations[0])).resolves.toEqual({
      caller: { userId: null, roles: [] },
      requestId: '',
      clientIp: '127.0.0.1',
      depth: 0,
    });
    expect(accounts.requestIds).toHaveLength(1);
    expect(accounts.requestIds[0]).not.toBe('lb-request-0002');
    // The therapists token is useless at accounts.
    await expect(forAccounts.verify(therapists.authorizations[0])).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('reports itself up on /health, and every subgraph ready on /ready of the operations port only', async () => {
    const health = await fetch(`${base()}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await waitForStatus(`${gateway.opsUrl}/ready`, 200);
    expect(ready.body).toEqual({
      status: 'ok',
      checkedAt: expect.any(String),
      subgraphs: { accounts: 'ok', therapists: 'ok', bookings: 'ok', 'care-plans': 'ok', notifications: 'ok' },
    });
    expect((await fetch(`${gateway.opsUrl}/live`)).status).toBe(200);
    expect(gateway.opsPort).not.toBe(gateway.port);
    for (const path of ['/ready', '/metrics', '/live', '/nowhere']) expect({ path, status: (await fetch(`${base()}${path}`)).status }).toEqual({ path, status: 404 });
  });

  it('answers /ready from the last background check: probes do not reach the subgraphs', async () => {
    await waitForStatus(`${gateway.opsUrl}/ready`, 200);
    const before = subgraphs.healthChecks();
    const started = Date.now();
    await Promise.all(Array.from({ length: 50 }, () => fetch(`${gateway.opsUrl}/ready`).then((r) => r.arrayBuffer())));
    // At most the background checks of that time (five subgraphs, one round every 200 ms here; a loaded machine
    // takes longer over the 50), never one per probe (250).
    const rounds = Math.ceil((Date.now() - started) / 200) + 1;
    const checks = subgraphs.healthChecks() - before;
    expect(checks).toBeLessThanOrEqual(5 * rounds);
    expect(checks).toBeLessThan(50);
  });

  it('serves Apollo Sandbox as the landing page in development', async () => {
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/sandbox/i);
  });

  it('keeps messages in development, but not addresses or stack traces', async () => {
    const result = await graphqlRequest(gateway.url, '{ boom }');
    const [error] = result.errors ?? [];
    expect(error.message).toMatch(/relation "users" does not exist/);
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|http:\/\/|stacktrace|at .*\.ts:\d+/);
  });

  it('gives up on a subgraph slower than the timeout, and returns what the others answered', async () => {
    subgraphs.controls.carePlansDelayMs = 4000;
    const started = performance.now();
    const result = await graphqlRequest(gateway.url, '{ users { id } carePlans { title } }');
    const elapsed = performance.now() - started;
    subgraphs.controls.carePlansDelayMs = 0;
    expect(elapsed).toBeLessThan(2500);
    expect(result.data).toEqual({ users: [{ id: 'u1' }, { id: 'u2' }], carePlans: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: SUBGRAPH_UNAVAILABLE_MESSAGE,
        extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'care-plans', reason: 'timeout' },
      }),
    ]);
  });

  it('answers with partial data when a subgraph is down, and /ready names it within the check interval', async () => {
    await subgraphs.subgraphs.therapists.stop();

    const ready = await waitForStatus(`${gateway.opsUrl}/ready`, 503, 1000);
    expect(ready.body).toEqual({
      status: 'unavailable',
      checkedAt: expect.any(String),
      subgraphs: { accounts: 'ok', therapists: 'unavailable', bookings: 'ok', 'care-plans': 'ok', notifications: 'ok' },
    });

    const result = await graphqlRequest(gateway.url, '{ users { displayName therapist { name } } }');
    expect(result.data).toEqual({
      users: [
        { displayName: 'Ada', therapist: null },
        { displayName: 'Ben', therapist: null },
      ],
    });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      message: SUBGRAPH_UNAVAILABLE_MESSAGE,
      extensions: { code: 'INTERNAL_SERVER_ERROR', serviceName: 'therapists', reason: 'unreachable' },
    });
    expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|http:\/\/|ECONNREFUSED/);
  });

  it('lets a query in flight finish on stop, and refuses new ones', async () => {
    subgraphs.controls.carePlansDelayMs = 300;
    const inFlight = graphqlRequest(gateway.url, 'query Plans { carePlans { title } }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = gateway.stop();
    await expect(fetch(`${base()}/health`)).rejects.toThrow();
    await expect(inFlight).resolves.toMatchObject({ data: { carePlans: [{ title: 'Back to the allotment' }] } });
    await stopped;
    subgraphs.controls.carePlansDelayMs = 0;
  });
});

// Attack: provoking a resolver error in the hope that its message carries SQL, a stack trace,
// a file path or the address of a subgraph.
import { INTERNAL_ERROR_MESSAGE } from '@caregraph/kernel';
import { startGateway, type RunningGateway } from '../start-gateway';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from '../test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from '../test/test-subgraphs';

/** What must never leave the gateway in production: SQL, stack frames, paths, addresses. */
const INTERNALS = /select \*|relation|from users|stacktrace|\bat [\w.<>]+ \(|\.[jt]s:\d+|node_modules|\/work\/|127\.0\.0\.1|http:\/\/|serviceName|exception/i;

describe('attack: leaking internals through resolver errors', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { production: true }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await schema?.remove();
  });

  it('answers a failing resolver (whose error names SQL and its address) with the generic message only', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Leak { users { id } boom }' }),
    });
    const text = await response.text();
    expect(text).not.toMatch(INTERNALS);
    expect(JSON.parse(text)).toEqual({
      data: { users: [{ id: 'u1' }, { id: 'u2' }], boom: null },
      errors: [{ message: INTERNAL_ERROR_MESSAGE, path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    // The request id is what a user quotes to support; the detail is in the logs under it.
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('leaks nothing when the request itself is malformed either', async () => {
    for (const body of ['{"query": "{ users { id ', '{"query": 42}', 'not json at all', '{"query":"{ users { id } }","variables":"x"}']) {
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(response.status).toBe(400);
      expect(await response.text()).not.toMatch(INTERNALS);
    }
  });
});

import { INTERNAL_ERROR_MESSAGE, listen } from '@caregraph/kernel';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { startGateway, type RunningGateway } from './start-gateway';
import { SUBGRAPH_UNAVAILABLE_MESSAGE } from './subgraph-data-source';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';

/** A URL on a port nobody listens on: the subgraph there is down. */
async function deadUrl(): Promise<string> {
  const server = await listen((_req, res) => res.end(), '127.0.0.1', 0);
  await server.close();
  return `http://127.0.0.1:${server.port}/graphql`;
}

/** A subgraph that answers every request with an HTTP failure. */
async function failingSubgraph(status: number, type: string, body: string) {
  const server = await listen((_req, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  }, '127.0.0.1', 0);
  return { url: `http://127.0.0.1:${server.port}/graphql`, stop: () => server.close() };
}

describe('gateway error formatting in production', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  let failing: Array<{ url: string; stop(): Promise<void> }>;

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    failing = [
      await failingSubgraph(502, 'text/html', '<h1>Bad gateway</h1> upstream http://10.1.2.3:4103/graphql'),
      await failingSubgraph(401, 'application/json', JSON.stringify({ errors: [{ message: 'Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }] })),
    ];
    const urls = { ...subgraphs.urls, therapists: await deadUrl(), bookings: failing[0].url, 'care-plans': failing[1].url };
    gateway = await startGateway(testGatewayConfig(schema.dir, urls, { production: true }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(failing?.map((f) => f.stop()) ?? []);
    await subgraphs?.stop();
    await schema?.remove();
  });

  /** Nothing about the insides: addresses, SQL, stack traces, subgraph names. */
  const expectNothingInternal = (body: unknown) =>
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|http:\/\/|select \*|relation|stacktrace|serviceName|ECONNREFUSED|\.ts:\d+/);

  it('turns an unexpected subgraph error into a generic INTERNAL_SERVER_ERROR', async () => {
    const result = await graphqlRequest(gateway.url, '{ boom }');
    expect(result.errors).toEqual([{ message: INTERNAL_ERROR_MESSAGE, path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expectNothingInternal(result);
  });

  it('keeps the message of a catalogue error', async () => {
    const result = await graphqlRequest(gateway.url, '{ forbidden }');
    expect(result.errors).toEqual([
      { message: 'You are not allowed to see this.', path: ['forbidden'], extensions: { code: 'FORBIDDEN' } },
    ]);
  });

  it('reports an unreachable subgraph generically, with the data it could get', async () => {
    const result = await graphqlRequest(gateway.url, '{ users { displayName therapist { name } } }');
    expect(result.data).toEqual({ users: [{ displayName: 'Ada', therapist: null }, { displayName: 'Ben', therapist: null }] });
    expect(result.errors).toEqual([{ message: SUBGRAPH_UNAVAILABLE_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expectNothingInternal(result);
  });

  it('reports a subgraph HTTP failure generically, unless it carries a catalogue error', async () => {
    const failed = await graphqlRequest(gateway.url, '{ bookings { id } }');
    expect(failed.errors).toEqual([{ message: SUBGRAPH_UNAVAILABLE_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expectNothingInternal(failed);
    expect(JSON.stringify(failed)).not.toMatch(/10\.1\.2\.3|Bad gateway|502/);
    const refused = await graphqlRequest(gateway.url, '{ carePlans { id } }');
    expect(refused.errors).toEqual([{ message: 'Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('reports bad queries as BAD_USER_INPUT without suggesting field names', async () => {
    const result = await graphqlRequest(gateway.url, '{ user { id } }');
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0].message).not.toMatch(/Did you mean/);
    const syntax = await graphqlRequest(gateway.url, '{ users { id ');
    expect(syntax.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('refuses introspection', async () => {
    const result = await graphqlRequest(gateway.url, '{ __schema { types { name } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('serves no landing page', async () => {
    const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
  });
});

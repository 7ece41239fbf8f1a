// A client request's deadline through the gateway: each subgraph is told the time left and waited on no
// longer than that, a client that hangs up stops the subgraph fetches in flight, and a request out of time
// makes no further fetch. The therapists stand-in never answers, so only the deadline can end a fetch.
import { DEADLINE_HEADER, listen, type GracefulServer } from '@caregraph/kernel';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { startGateway, type RunningGateway } from './start-gateway';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';

/** A therapists stand-in that records each fetch's deadline header and when the gateway let go of it. */
async function hangingTherapists() {
  const fetches: Array<{ deadline: string | undefined; closedAfterMs?: number }> = [];
  const server: GracefulServer = await listen(
    (req) => {
      if (req.url === '/health') return;
      const fetch: (typeof fetches)[number] = { deadline: req.headers[DEADLINE_HEADER] as string | undefined };
      fetches.push(fetch);
      const started = Date.now();
      req.resume();
      // Never answered: the request's socket closes when the gateway aborts the fetch.
      req.socket.once('close', () => (fetch.closedAfterMs = Date.now() - started));
    },
    '127.0.0.1',
    0,
  );
  return { url: `http://127.0.0.1:${server.port}/graphql`, fetches, stop: () => server.close(50) };
}

const waitFor = async (check: () => boolean, ms: number) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
};

describe('a client request’s deadline, through the gateway', () => {
  let subgraphs: TestSubgraphs;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  let therapists: Awaited<ReturnType<typeof hangingTherapists>>;
  let gateway: RunningGateway;
  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    therapists = await hangingTherapists();
    // A subgraph may take 5 s, a whole request 1.5 s: the request's time is the shorter.
    gateway = await startGateway(testGatewayConfig(schema.dir, { ...subgraphs.urls, therapists: therapists.url }, { production: true, subgraphTimeoutMs: 5000, requestTimeoutMs: 1500 }));
    // A first request pays for planning and compiling on both sides: on a loaded 2-core machine that once took
    // most of the 1.5 s the tests below measure. Accounts alone, so the therapists stand-in sees nothing.
    expect((await graphqlRequest(gateway.url, 'query Team { users { displayName } }')).errors).toBeUndefined();
  });
  afterAll(async () => {
    await gateway?.stop();
    await therapists?.stop();
    await subgraphs?.stop();
    await schema?.remove();
  });
  beforeEach(() => therapists.fetches.splice(0));

  it('tells the subgraph the time left and gives up on it when the request’s time is up, before the subgraph timeout', async () => {
    const started = Date.now();
    const result = await graphqlRequest(gateway.url, 'query Team { users { displayName therapist { name } } }');
    const tookMs = Date.now() - started;
    expect(tookMs).toBeGreaterThanOrEqual(1000);
    expect(tookMs).toBeLessThan(4000);
    expect(result.data).toEqual({ users: [{ displayName: 'Ada', therapist: null }, { displayName: 'Ben', therapist: null }] });
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(therapists.fetches).toHaveLength(1);
    const deadline = Number(therapists.fetches[0].deadline);
    expect(deadline).toBeGreaterThan(0);
    expect(deadline).toBeLessThanOrEqual(1500);
    expect(await waitFor(() => therapists.fetches[0].closedAfterMs !== undefined, 1000)).toBe(true);
  });

  it('lets a client shorten its own request with the header, never lengthen it', async () => {
    const short = await graphqlRequest(gateway.url, 'query Team { users { therapist { name } } }', {}, { [DEADLINE_HEADER]: '300' });
    expect(short.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(Number(therapists.fetches[0].deadline)).toBeLessThanOrEqual(300);
    const long = await graphqlRequest(gateway.url, 'query Team { users { therapist { name } } }', {}, { [DEADLINE_HEADER]: '600000' });
    expect(long.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(Number(therapists.fetches[1].deadline)).toBeLessThanOrEqual(1500);
  });

  it('stops the subgraph fetch in flight as soon as the client hangs up', async () => {
    const controller = new AbortController();
    const pending = fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Team { users { therapist { name } } }' }),
      signal: controller.signal,
    }).catch(() => undefined);
    expect(await waitFor(() => therapists.fetches.length === 1, 2000)).toBe(true);
    controller.abort();
    await pending;
    // Long before the request's 1.5 s: the fetch's connection is closed because the client went away.
    expect(await waitFor(() => therapists.fetches[0].closedAfterMs !== undefined, 1000)).toBe(true);
    expect(therapists.fetches[0].closedAfterMs!).toBeLessThan(1000);
  });
});

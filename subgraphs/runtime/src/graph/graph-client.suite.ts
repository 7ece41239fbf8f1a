import { listen, type GracefulServer, sendJson } from '@caregraph/kernel';
import { graphqlRequest, testTokenPair } from '@caregraph/kernel/testing';
import { randomUUID } from 'node:crypto';
import { Ctx, Int, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { startSubgraph } from '../subgraph/start-subgraph';
import { probeOrm, probeSubgraph } from '../test/probe-subgraph';
import { createGraphClient, GraphUnavailableError } from './graph-client';

@Resolver()
class AskingResolver {
  @Query(() => Int, { description: 'Asks the graph a question on the caller\'s behalf.' })
  async ask(@Ctx() ctx: SubgraphContext): Promise<number> {
    await ctx.graph.request('{ x }');
    return 1;
  }
}

/** A stand-in gateway answering each request with whatever the test sets. */
describe('graph client', () => {
  let server: GracefulServer;
  let answer: (body: { query: string }, headers: Record<string, unknown>) => { status: number; body: unknown } | 'hang' | 'stall body';
  const seen: Array<Record<string, unknown>> = [];

  beforeAll(async () => {
    server = await listen(
      (req, res) => {
        let text = '';
        req.on('data', (chunk) => (text += chunk));
        req.on('end', () => {
          seen.push(req.headers);
          const reply = answer(JSON.parse(text), req.headers);
          if (reply === 'stall body') {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.write('{"data":');
          } else if (reply !== 'hang') sendJson(res, reply.status, reply.body);
        });
      },
      '127.0.0.1',
      0,
    );
  });
  afterAll(() => server.close(100));

  const client = (timeoutMs = 2000) =>
    createGraphClient({ gatewayUrl: `http://127.0.0.1:${server.port}/graphql`, delegationToken: 'a.b.c', requestId: 'req-12345678', timeoutMs });

  it('sends only the delegation token and the request id, and resolves with the data', async () => {
    answer = () => ({ status: 200, body: { data: { therapist: { status: 'APPROVED' } } } });
    await expect(client().request('{ therapist(id: "x") { status } }')).resolves.toEqual({ therapist: { status: 'APPROVED' } });
    expect(seen.at(-1)).toMatchObject({ 'x-caregraph-delegation': 'a.b.c', 'x-request-id': 'req-12345678' });
    // The subgraph's own internal token never goes back to the gateway.
    expect(seen.at(-1)).not.toHaveProperty('authorization');
  });

  it('does not ask at all without a delegation token (a request that did not come through the gateway)', async () => {
    const before = seen.length;
    const bare = createGraphClient({ gatewayUrl: `http://127.0.0.1:${server.port}/graphql`, delegationToken: undefined, requestId: 'req-12345678' });
    await expect(bare.request('{ x }')).rejects.toMatchObject({ reason: 'no delegation token', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(seen.length).toBe(before);
  });

  it("passes on an error meant for the caller, with its code and field", async () => {
    answer = () => ({ status: 200, body: { errors: [{ message: 'Not yours.', extensions: { code: 'FORBIDDEN' } }] } });
    await expect(client().request('{ x }')).rejects.toMatchObject({ message: 'Not yours.', extensions: { code: 'FORBIDDEN' } });
  });

  it('turns an internal error, an unreachable gateway and a timeout into GraphUnavailableError', async () => {
    answer = () => ({ status: 200, body: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], data: null } });
    await expect(client().request('{ x }')).rejects.toBeInstanceOf(GraphUnavailableError);
    answer = () => 'hang';
    await expect(client(200).request('{ x }')).rejects.toMatchObject({ reason: 'timeout', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    // The timeout covers reading the answer too, not only waiting for its headers.
    answer = () => 'stall body';
    await expect(client(200).request('{ x }')).rejects.toMatchObject({ reason: 'timeout' });
    const nowhere = createGraphClient({ gatewayUrl: 'http://127.0.0.1:1/graphql', delegationToken: 'a.b.c', requestId: 'req-12345678' });
    await expect(nowhere.request('{ x }')).rejects.toMatchObject({ reason: 'unreachable' });
  });

  it("gives up on the graph after the subgraph's graphCallTimeoutMs (GRAPH_CALL_TIMEOUT_MS), well before the 5 s default", async () => {
    answer = () => 'hang';
    const orm = await probeOrm(2);
    const { verifier, gatewayHeaders } = await testTokenPair('probe');
    const subgraph = await startSubgraph(
      probeSubgraph([AskingResolver]),
      { host: '127.0.0.1', port: 0, orm, verifier, gatewayUrl: `http://127.0.0.1:${server.port}/graphql`, graphCallTimeoutMs: 300, ops: { host: '127.0.0.1', port: 0, readinessIntervalMs: 1000 } },
    );
    try {
      const started = Date.now();
      const body = await graphqlRequest(subgraph.url, '{ ask }', {}, await gatewayHeaders({ userId: null, roles: [] }, randomUUID()));
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', unavailable: true });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await subgraph.stop();
      await orm.close(true);
    }
  });
});

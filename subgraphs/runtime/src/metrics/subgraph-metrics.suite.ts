import type { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Ctx, Int, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../context';
import { startSubgraph, type RunningSubgraph } from '../subgraph/start-subgraph';
import { graphqlRequest, testTokenPair, waitForStatus } from '@caregraph/kernel/testing';
import { probeOrm, probeSubgraph } from '../test/probe-subgraph';
import { readMetric } from '@caregraph/kernel';

@Resolver()
class ProbeResolver {
  @Query(() => Int, { description: 'Holds one pooled database connection for a moment.' })
  async hold(@Ctx() ctx: SubgraphContext): Promise<number> {
    await ctx.em.getConnection().execute('select pg_sleep(0.3)');
    return 1;
  }

  @Query(() => Int, { description: 'Fails the way a careless resolver does.' })
  fail(): number {
    throw new Error('select * from secrets');
  }
}

describe('a subgraph\'s operations endpoints and limits', () => {
  let orm: MikroORM;
  let subgraph: RunningSubgraph;
  let ask: (query: string) => ReturnType<typeof graphqlRequest>;
  const scrape = async () => {
    const response = await fetch(`${subgraph.opsUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    return response.text();
  };

  beforeAll(async () => {
    orm = await probeOrm(4);
    const { signer, verifier } = await testTokenPair('probe');
    subgraph = await startSubgraph(
      probeSubgraph([ProbeResolver]),
      {
        host: '127.0.0.1',
        port: 0,
        orm,
        verifier,
        queryLimits: { maxDepth: 1, maxAliases: 1, maxDirectives: 1, maxTokens: 50, maxCost: 100 },
        ops: { host: '127.0.0.1', port: 0, readinessIntervalMs: 300 },
      },
    );
    ask = async (query) => {
      const token = await signer.sign('probe', { userId: null, roles: [] }, randomUUID(), '198.51.100.7');
      return graphqlRequest(subgraph.url, query, {}, { authorization: `Bearer ${token}` });
    };
  });
  afterAll(async () => {
    await subgraph?.stop();
    await orm?.close(true);
  });

  it('serves Prometheus metrics without a token, with the database pool as it is', async () => {
    const idle = await scrape();
    expect(readMetric(idle, 'caregraph_db_pool_max', { service: 'probe' })).toBe(4);
    expect(readMetric(idle, 'caregraph_db_pool_connections', { state: 'pending' })).toBe(0);
    // The process's own figures, labelled with the service. The kernel splits CPU time between user and system by
    // sampling at its clock tick, so user time alone can stay 0 over the moment since the registry was made (a slow
    // day's loaded run saw it); user and system together cannot.
    expect(readMetric(idle, 'process_cpu_user_seconds_total', { service: 'probe' })).toBeGreaterThanOrEqual(0);
    expect(readMetric(idle, 'process_cpu_seconds_total', { service: 'probe' })).toBeGreaterThan(0);

    // While the query holds its connection (0.3 s, once it reaches the database), a scrape sees it in use. The
    // readiness check's `select 1` (every 300 ms here) may hold a second one for a moment.
    let settled = false;
    const holding = ask('query Hold { hold }').finally(() => (settled = true));
    let usedWhileHolding = 0;
    while (!settled && usedWhileHolding === 0) {
      usedWhileHolding = readMetric(await scrape(), 'caregraph_db_pool_connections', { state: 'used' }) ?? 0;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(usedWhileHolding).toBeGreaterThanOrEqual(1);
    expect((await holding).data).toEqual({ hold: 1 });
    let after = await scrape();
    for (let tries = 0; readMetric(after, 'caregraph_db_pool_connections', { state: 'used' }) !== 0 && tries < 20; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      after = await scrape();
    }
    expect(readMetric(after, 'caregraph_db_pool_connections', { state: 'used' })).toBe(0);
    expect(readMetric(after, 'caregraph_db_pool_connections', { state: 'free' })).toBeGreaterThanOrEqual(1);
  });

  it('serves /metrics, /ready and /live on the operations port only', async () => {
    expect(subgraph.opsPort).not.toBe(subgraph.port);
    for (const path of ['/metrics', '/ready', '/live']) {
      expect({ path, status: (await fetch(subgraph.url.replace(/\/graphql$/, path))).status }).toEqual({ path, status: 404 });
    }
    expect((await fetch(`${subgraph.opsUrl}/live`)).status).toBe(200);
    const ready = await fetch(`${subgraph.opsUrl}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checkedAt: expect.any(String) });
    expect((await fetch(`${subgraph.opsUrl}/graphql`, { method: 'POST' })).status).toBe(405);
  });

  it('answers /ready and /health without a database query per call, and turns unready within the check interval', async () => {
    const connection = orm.em.getConnection();
    const execute = jest.spyOn(connection, 'execute');
    try {
      const probesStarted = Date.now();
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => fetch(i % 2 ? `${subgraph.opsUrl}/ready` : subgraph.url.replace(/graphql$/, 'health')).then((r) => r.arrayBuffer())),
      );
      // Only the background check, every 300 ms, may have run meanwhile (more of them when a loaded machine
      // takes longer over the 50), never one query per call.
      const checks = Math.ceil((Date.now() - probesStarted) / 300);
      expect(execute.mock.calls.length).toBeLessThanOrEqual(checks);
      expect(execute.mock.calls.length).toBeLessThan(25);

      // The database stops answering: the next background check notices, and /ready and /health say so.
      execute.mockRejectedValue(new Error('connection refused'));
      const started = performance.now();
      const down = await waitForStatus(`${subgraph.opsUrl}/ready`, 503, 2000);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(down.body).toEqual({ status: 'unavailable', checkedAt: expect.any(String) });
      const health = await fetch(subgraph.url.replace(/graphql$/, 'health'));
      expect(health.status).toBe(503);
      expect(await health.json()).toEqual({ status: 'unavailable', subgraph: 'probe', reason: 'database unreachable' });

      execute.mockRestore();
      await waitForStatus(`${subgraph.opsUrl}/ready`, 200, 2000);
    } finally {
      execute.mockRestore();
    }
  });

  it('counts requests, their duration and their errors by operation name and code', async () => {
    await ask('query Broken { fail }');
    const text = await scrape();
    expect(readMetric(text, 'caregraph_graphql_requests_total', { operation: 'Hold', service: 'probe' })).toBe(1);
    expect(readMetric(text, 'caregraph_graphql_request_duration_seconds_count', { operation: 'Hold' })).toBe(1);
    expect(readMetric(text, 'caregraph_graphql_request_duration_seconds_sum', { operation: 'Hold' })).toBeGreaterThan(0.25);
    expect(readMetric(text, 'caregraph_graphql_errors_total', { operation: 'Broken', code: 'INTERNAL_SERVER_ERROR' })).toBe(1);
    expect(readMetric(text, 'caregraph_http_responses_total', { route: 'graphql', status: '200' })).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/secrets|198\.51\.100\.7/);
  });

  it('applies its own query limits, as a second line behind the gateway', async () => {
    const deep = await ask('query Deep { _service { sdl } }');
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]).toMatchObject({ message: 'Query depth limit of 1 exceeded, found 2.', extensions: { code: 'BAD_USER_INPUT' } });
    const aliases = await ask('{ a: hold b: hold }');
    expect(aliases.errors?.[0].message).toBe('Aliases limit of 1 exceeded, found 2.');
    const tokens = await ask(`{ ${'__typename '.repeat(60)}}`);
    expect(tokens.errors?.[0].message).toMatch(/more tha[nt] 50 tokens/);
    expect(readMetric(await scrape(), 'caregraph_graphql_errors_total', { operation: 'invalid', code: 'BAD_USER_INPUT' })).toBe(3);
  });

  it('bounds the operation names it labels: past the limit, `other`', () => {
    const labels = Array.from({ length: 205 }, (_, i) => subgraph.metrics.operationLabel(`Op${i}`));
    expect(new Set(labels).size).toBeLessThanOrEqual(201);
    expect(labels.at(-1)).toBe('other');
    expect(subgraph.metrics.operationLabel('Hold')).toBe('Hold');
    expect(subgraph.metrics.operationLabel(undefined)).toBe('anonymous');
  });
});

import { readMetric } from '@caregraph/kernel';
import { startGateway, type RunningGateway } from './start-gateway';
import { tempSchemaDir, testGatewayConfig, writeSchemaDir } from './test/schema-dir';
import { startTestSubgraphs, type TestSubgraphs } from './test/test-subgraphs';

describe('gateway /metrics', () => {
  let subgraphs: TestSubgraphs;
  let gateway: RunningGateway;
  let schema: Awaited<ReturnType<typeof tempSchemaDir>>;
  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) }).then((r) => r.json());
  const scrape = async () => {
    const response = await fetch(`${gateway.opsUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  beforeAll(async () => {
    subgraphs = await startTestSubgraphs();
    schema = await tempSchemaDir();
    await writeSchemaDir(schema.dir);
    gateway = await startGateway(testGatewayConfig(schema.dir, subgraphs.urls, { production: true, subgraphTimeoutMs: 300 }));
    await post('query Team { users { displayName therapist { name } } }', { 'x-request-id': 'lb-request-metrics-1' });
    await post('query Team { users { displayName } }');
    await post('query Broken { boom }');
    await post('query Missing { nope }');
    subgraphs.controls.carePlansDelayMs = 1000;
    await post('query Plans { carePlans { title } }');
    subgraphs.controls.carePlansDelayMs = 0;
  });
  afterAll(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
    await schema?.remove();
  });

  it('counts requests and their latency per operation name', async () => {
    const text = await scrape();
    expect(readMetric(text, 'caregraph_graphql_requests_total', { operation: 'Team', service: 'gateway' })).toBe(2);
    expect(readMetric(text, 'caregraph_graphql_request_duration_seconds_count', { operation: 'Team' })).toBe(2);
    expect(readMetric(text, 'caregraph_graphql_requests_total', { operation: 'invalid' })).toBe(1);
  });

  it('times every subgraph fetch, by subgraph and outcome', async () => {
    const text = await scrape();
    expect(readMetric(text, 'caregraph_subgraph_fetch_duration_seconds_count', { subgraph: 'accounts', outcome: 'ok' })).toBe(2);
    expect(readMetric(text, 'caregraph_subgraph_fetch_duration_seconds_count', { subgraph: 'accounts', outcome: 'errors' })).toBe(1);
    expect(readMetric(text, 'caregraph_subgraph_fetch_duration_seconds_count', { subgraph: 'therapists', outcome: 'ok' })).toBe(1);
    expect(readMetric(text, 'caregraph_subgraph_fetch_duration_seconds_count', { subgraph: 'care-plans', outcome: 'timeout' })).toBe(1);
    expect(readMetric(text, 'caregraph_subgraph_fetch_duration_seconds_sum', { subgraph: 'care-plans', outcome: 'timeout' })).toBeGreaterThanOrEqual(0.3);
  });

  it('counts errors by catalogue code, and HTTP responses by route and status', async () => {
    const text = await scrape();
    expect(readMetric(text, 'caregraph_graphql_errors_total', { operation: 'Broken', code: 'INTERNAL_SERVER_ERROR' })).toBe(1);
    expect(readMetric(text, 'caregraph_graphql_errors_total', { operation: 'invalid', code: 'BAD_USER_INPUT' })).toBe(1);
    expect(readMetric(text, 'caregraph_graphql_errors_total', { operation: 'Plans', code: 'INTERNAL_SERVER_ERROR' })).toBe(1);
    expect(readMetric(text, 'caregraph_http_responses_total', { route: 'graphql', status: '200' })).toBe(4);
    expect(readMetric(text, 'caregraph_http_responses_total', { route: 'graphql', status: '400' })).toBe(1);
    expect(readMetric(text, 'nodejs_eventloop_lag_p99_seconds', { service: 'gateway' })).toBeGreaterThanOrEqual(0);
  });

  it('holds no personal data, request ids or addresses: names of operations and subgraphs only', async () => {
    const text = await scrape();
    expect(text).not.toMatch(/Ada|Ben|Okafor|allotment|lb-request|127\.0\.0\.1|relation|select/);
  });
});

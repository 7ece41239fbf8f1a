// OpenTelemetry across the platform: with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a small OTLP/HTTP
// receiver (JSON, as the exporter sends it), one client request yields one trace holding the
// gateway's spans, the therapists subgraph's server span as a child of a gateway span (trace context
// carried in `traceparent`), and that subgraph's SQL statements as pg spans.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dropPlatformDatabases, startPlatformProcess, type RunningPlatform } from './support/platform';

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

/** An OTLP/HTTP trace receiver: collects every span it is sent. */
async function startReceiver() {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    for (const resourceSpans of body.resourceSpans ?? []) {
      const service = resourceSpans.resource?.attributes?.find((a: { key: string }) => a.key === 'service.name')?.value?.stringValue ?? '';
      for (const scope of resourceSpans.scopeSpans ?? []) {
        for (const span of scope.spans ?? []) {
          const attributes = Object.fromEntries((span.attributes ?? []).map((a: { key: string; value: Record<string, unknown> }) => [a.key, Object.values(a.value)[0]]));
          spans.push({ service, traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined, name: span.name, kind: span.kind, attributes });
        }
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('tracing gateway → subgraph → SQL', () => {
  const prefix = `e2e_${randomBytes(3).toString('hex')}_`;
  let platform: RunningPlatform;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    platform = await startPlatformProcess({
      databaseUrl: process.env.TEST_DATABASE_URL!,
      databasePrefix: prefix,
      seed: false,
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '100' },
    });
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
    await receiver?.close();
    await dropPlatformDatabases(process.env.TEST_DATABASE_URL!, prefix);
  }, 60_000);

  it('links the gateway, the subgraph and its SQL in one trace', async () => {
    const response = await fetch(platform.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-chosen-trace-1' },
      body: JSON.stringify({ query: '{ searchTherapists(first: 5) { totalCount edges { node { id displayName } } } }' }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { searchTherapists: { totalCount: number } } };
    expect(body.data.searchTherapists.totalCount).toBe(0);

    // pg spans name the system `postgresql` (db.system, or db.system.name in newer conventions).
    const isSql = (s: ReceivedSpan) => s.service === 'caregraph-therapists' && (s.attributes['db.system'] ?? s.attributes['db.system.name']) === 'postgresql' && s.name.startsWith('pg.query');
    // The gateway's server span for this request, once exported.
    const isRequest = (s: ReceivedSpan) => s.service === 'caregraph-gateway' && s.kind === 2 && String(s.attributes['http.target'] ?? s.attributes['url.path'] ?? '').startsWith('/graphql');
    const statementOf = (s: ReceivedSpan) => String(s.attributes['db.statement'] ?? s.attributes['db.query.text'] ?? '');
    // The page's statement (the search may also count, in a statement of its own, exported in either order).
    const isPageSql = (s: ReceivedSpan) => isSql(s) && /from therapists[\s\S]*offset/i.test(statementOf(s));
    let trace: ReceivedSpan[] = [];
    for (let i = 0; i < 100 && !trace.some(isPageSql); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const root = receiver.spans.find(isRequest);
      trace = root ? receiver.spans.filter((s) => s.traceId === root.traceId) : [];
    }
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    // The gateway's server span carries the request id the response gave (never one the client chose).
    expect(trace.find(isRequest)?.attributes['caregraph.request_id']).toBe(response.headers.get('x-request-id'));
    const subgraphServer = trace.find((s) => s.service === 'caregraph-therapists' && s.kind === 2);
    expect(subgraphServer).toBeDefined();
    // Its parent is the gateway's client span for that fetch.
    expect(byId.get(subgraphServer!.parentSpanId!)?.service).toBe('caregraph-gateway');
    // The search's SQL, inside the subgraph's request, without its values.
    const sql = trace.filter(isSql);
    expect(sql.length).toBeGreaterThan(0);
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...ancestors(parent)] : [];
    };
    expect(ancestors(sql[0])).toContain(subgraphServer);
    const statement = statementOf(sql.find(isPageSql)!);
    // Literals are scrubbed: the page size asked for (5) is not in the trace, only placeholders (the ORM's
    // or PostgreSQL's own, for a statement written as text).
    expect(statement).toMatch(/limit (\?|\$\d+) offset (\?|\$\d+)/);
    expect(statement).not.toMatch(/limit\s+5\b/i);
    expect(trace.every((s) => s.service !== 'caregraph-accounts')).toBe(true);
  });
});

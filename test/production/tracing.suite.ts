// OpenTelemetry across the platform: with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a small OTLP/HTTP receiver
// (test/production/span-receiver.ts), one client request yields one trace holding the gateway's spans, the
// therapists subgraph's server span as a child of a gateway span (trace context carried in `traceparent`), and that
// subgraph's SQL statements as pg spans. On the production-mode platform (test/production.e2e.test.ts), first.
import { productionPlatform, spanReceiver } from './production-platform';
import type { ReceivedSpan } from './span-receiver';

describe('tracing gateway → subgraph → SQL', () => {
  it('links the gateway, the subgraph and its SQL in one trace', async () => {
    const platform = await productionPlatform();
    const receiver = await spanReceiver();
    // A search no listing matches (no fee is 0 pence): the subgraph still sends its page's and its count's SQL.
    const response = await fetch(platform.urls.gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-chosen-trace-1' },
      body: JSON.stringify({ query: '{ searchTherapists(first: 5, filter: { maxFeePence: 0 }) { totalCount edges { node { id displayName } } } }' }),
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

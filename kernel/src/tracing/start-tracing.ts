import type { IncomingMessage } from 'node:http';

/** What startTracing started: flush and stop before the process exits. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * A SQL statement with its string and number literals replaced by `?`: what the statement did, without
 * the ids, names or search text it carried (health data never leaves in a trace).
 */
export function scrubSqlLiterals(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, '?').replace(/(?<![\w$."])-?\d+(?:\.\d+)?(?![\w"])/g, '?');
}

/** Routes that are polled, not served: no trace for each probe. */
const UNTRACED_PATHS = new Set(['/health', '/live', '/ready', '/metrics']);

/**
 * OpenTelemetry tracing for one service (`caregraph-<name>`), on only when an OTLP endpoint is
 * configured (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT; OTEL_SDK_DISABLED=true
 * turns it off). Otherwise nothing is loaded and nothing is patched: no cost at all.
 *
 * Spans: incoming and outgoing HTTP (node:http server, undici client — the gateway's subgraph fetches),
 * Apollo Gateway's own plan/fetch spans, and every SQL statement (pg). The W3C `traceparent` header
 * carries the trace from the gateway to each subgraph. Statements are recorded with their literals
 * replaced by `?` (scrubSqlLiterals), never their values; request bodies and headers are not recorded (docs/adr/018).
 *
 * Must run before `pg`, `http` or `undici` are loaded: each entry point imports its `tracing` module
 * first (after reflect-metadata).
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): Tracing | null {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || env.OTEL_SDK_DISABLED === 'true') return null;
  // Loaded here, not at the top: a service without an endpoint never loads the SDK.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeTracerProvider, BatchSpanProcessor } = require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': `caregraph-${service}` }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // Global tracer provider, AsyncLocalStorage context and the W3C trace-context propagator.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req: IncomingMessage) => UNTRACED_PATHS.has((req.url ?? '').split('?')[0]),
        // The exporter's own requests would trace themselves.
        ignoreOutgoingRequestHook: () => true,
      }),
      // Readiness probes of the subgraphs are not worth a trace each.
      new UndiciInstrumentation({ ignoreRequestHook: (request) => request.path.endsWith('/health') }),
      // MikroORM sends statements with their values written in: record the shape only.
      new PgInstrumentation({
        enhancedDatabaseReporting: false,
        requestHook: (span, { query }) => {
          const text = scrubSqlLiterals(query.text);
          span.setAttribute('db.statement', text);
          span.setAttribute('db.query.text', text);
        },
      }),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}

import type { ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ErrorCode, isClientFacingCode } from '../errors';
import { heapAfterLastMajorGc, watchMajorCollections } from './heap-after-gc';

/** Latency buckets in seconds, from a cached lookup to a request at the subgraph timeout. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Distinct operation names a process labels before it counts the rest as `other`. */
const DEFAULT_MAX_OPERATIONS = 200;

/** Label of a request whose operation could not be parsed or validated. */
export const INVALID_OPERATION = 'invalid';

/** Codes a client may see but that are protocol steps rather than failures of ours. */
const PROTOCOL_CODES = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);
/** Apollo's codes for a request it could not parse or validate: the client's mistake. */
const REQUEST_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * One process's metrics, on a registry of its own (never prom-client's global one, so two
 * servers in one process, as in tests, never share counters). Labels hold operation names,
 * subgraph names, routes, status and error codes only: never a variable, id or message.
 */
export interface ServiceMetrics {
  registry: Registry;
  graphqlRequests: Counter<'operation'>;
  graphqlDuration: Histogram<'operation'>;
  graphqlErrors: Counter<'operation' | 'code'>;
  httpResponses: Counter<'route' | 'status'>;
  /** The label for an operation name (`anonymous` without one), bounded: past the first 200 names, `other`. */
  operationLabel(name: string | null | undefined): string;
  /** Counts the response of one HTTP request under `route` (a fixed name, never the raw path). */
  observeHttp(route: string, res: ServerResponse): void;
}

/** The catalogue code a metric is labelled with: Apollo's request codes count as BAD_USER_INPUT. */
export function errorCodeLabel(code: unknown): string {
  if (isClientFacingCode(code) || PROTOCOL_CODES.has(code as string)) return code as string;
  if (REQUEST_CODES.has(code as string)) return ErrorCode.BAD_USER_INPUT;
  return ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Creates the registry of one service (`service` becomes a label on every series), with
 * Node's process metrics (CPU, memory, event-loop delay, GC, the live heap after the last major
 * collection) and the GraphQL and HTTP metrics every Caregraph server records.
 */
export function createServiceMetrics(service: string, maxOperations = DEFAULT_MAX_OPERATIONS): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const graphqlRequests = new Counter({
    name: 'caregraph_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name.',
    labelNames: ['operation'] as const,
    registers,
  });
  const graphqlDuration = new Histogram({
    name: 'caregraph_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name.',
    labelNames: ['operation'] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const graphqlErrors = new Counter({
    name: 'caregraph_graphql_errors_total',
    help: 'Errors in GraphQL responses, by operation name and catalogue code.',
    labelNames: ['operation', 'code'] as const,
    registers,
  });
  const httpResponses = new Counter({
    name: 'caregraph_http_responses_total',
    help: 'HTTP responses, by route and status (refusals before GraphQL included: 413, 429, …).',
    labelNames: ['route', 'status'] as const,
    registers,
  });
  watchMajorCollections();
  new Gauge({
    name: 'caregraph_heap_after_major_gc_bytes',
    help: 'V8 old generation in use just after the last major (mark-compact) collection: the live heap. A leak raises it from one collection to the next; RSS and nodejs_heap_size_used_bytes also count garbage not yet collected. 0 until the first major collection.',
    registers,
    collect() {
      const bytes = heapAfterLastMajorGc();
      if (bytes !== undefined) this.set(bytes);
    },
  });
  const operations = new Set<string>();
  return {
    registry,
    graphqlRequests,
    graphqlDuration,
    graphqlErrors,
    httpResponses,
    operationLabel(name) {
      if (!name) return 'anonymous';
      const label = name;
      if (operations.has(label)) return label;
      // Operation names come from clients: a bound keeps a flood of made-up names from growing the registry.
      if (operations.size >= maxOperations) return 'other';
      operations.add(label);
      return label;
    },
    observeHttp(route, res) {
      res.once('finish', () => httpResponses.inc({ route, status: String(res.statusCode) }));
    },
  };
}

/** Answers a Prometheus scrape with the registry's metrics in the text exposition format. */
export async function serveMetrics(res: ServerResponse, registry: Registry): Promise<void> {
  const body = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
  res.end(body);
}

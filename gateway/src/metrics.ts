import { createServiceMetrics, DURATION_BUCKETS, type ServiceMetrics } from '@caregraph/kernel';
import { Counter, Gauge, Histogram } from 'prom-client';

/** How one subgraph fetch ended: answered (with or without GraphQL errors), or why not. */
export type SubgraphFetchOutcome = 'ok' | 'errors' | 'timeout' | 'unreachable' | 'bad_response';

/** The gateway's metrics: those of every service, per subgraph fetch, and rate-limit refusals. */
export interface GatewayMetrics extends ServiceMetrics {
  subgraphFetches: Histogram<'subgraph' | 'outcome'>;
  rateLimited: Counter<'scope'>;
  admitted: Counter<'priority'>;
  overloaded: Counter<'priority' | 'reason'>;
  admissionLimit: Gauge;
  inFlight: Gauge;
  responseCache: Counter<'outcome'>;
}

/** Creates the gateway's registry (served at /metrics). */
export function createGatewayMetrics(): GatewayMetrics {
  const metrics = createServiceMetrics('gateway');
  const registers = [metrics.registry];
  return {
    ...metrics,
    subgraphFetches: new Histogram({
      name: 'caregraph_subgraph_fetch_duration_seconds',
      help: 'Time of one fetch from the gateway to a subgraph (token, request, response), by subgraph and outcome; _count counts fetches.',
      labelNames: ['subgraph', 'outcome'] as const,
      buckets: DURATION_BUCKETS,
      registers,
    }),
    rateLimited: new Counter({
      name: 'caregraph_rate_limited_total',
      help: 'Requests refused with RATE_LIMITED, by limit (ip or user).',
      labelNames: ['scope'] as const,
      registers,
    }),
    admitted: new Counter({
      name: 'caregraph_admitted_total',
      help: 'GraphQL requests admission control let through, by priority (write, signed_in_read, anonymous_read).',
      labelNames: ['priority'] as const,
      registers,
    }),
    overloaded: new Counter({
      name: 'caregraph_overloaded_total',
      help: 'GraphQL requests refused with OVERLOADED, by priority and reason (queue_full, queue_timeout).',
      labelNames: ['priority', 'reason'] as const,
      registers,
    }),
    admissionLimit: new Gauge({ name: 'caregraph_admission_limit', help: 'GraphQL requests the gateway lets run at once now (it adapts).', registers }),
    inFlight: new Gauge({ name: 'caregraph_requests_in_flight', help: 'GraphQL requests being answered now (delegated calls not counted).', registers }),
    responseCache: new Counter({
      name: 'caregraph_response_cache_total',
      help: 'GraphQL requests by what the cache of public reads did: hit, miss (cacheable, fetched) or bypass (not cacheable).',
      labelNames: ['outcome'] as const,
      registers,
    }),
  };
}

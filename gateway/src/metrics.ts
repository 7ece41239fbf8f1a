import { createServiceMetrics, DURATION_BUCKETS, type ServiceMetrics } from '@caregraph/kernel';
import { Counter, Histogram } from 'prom-client';

/** How one subgraph fetch ended: answered (with or without GraphQL errors), or why not. */
export type SubgraphFetchOutcome = 'ok' | 'errors' | 'timeout' | 'unreachable' | 'bad_response';

/** The gateway's metrics: those of every service, per subgraph fetch, and rate-limit refusals. */
export interface GatewayMetrics extends ServiceMetrics {
  subgraphFetches: Histogram<'subgraph' | 'outcome'>;
  rateLimited: Counter<'scope'>;
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
  };
}

import type { Logger } from '@caregraph/runtime';

/** What the gateway knows about one request; the data sources read it for every subgraph fetch. */
export interface GatewayContext {
  /** Sent to every subgraph as `x-request-id` and on every log line. */
  requestId: string;
  logger: Logger;
}

export { requestIdOf } from '@caregraph/runtime';

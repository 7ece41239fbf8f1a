import type { Caller, Logger } from '@caregraph/runtime';

/** What the gateway knows about one request; the data sources read it for every subgraph fetch. */
export interface GatewayContext {
  /** Sent to every subgraph as `x-request-id` and on every log line. */
  requestId: string;
  logger: Logger;
  /** Who is asking; passed to every subgraph inside the internal token. */
  caller: Caller;
}

export { requestIdOf } from '@caregraph/runtime';

import type { Caller, Logger } from '@caregraph/kernel';

/** What the gateway knows about one request; the data sources read it for every subgraph fetch. */
export interface GatewayContext {
  /** Sent to every subgraph as `x-request-id` and on every log line. */
  requestId: string;
  logger: Logger;
  /** Who is asking; passed to every subgraph inside the internal token. */
  caller: Caller;
  /** 0 for a client's own request; 1 when a subgraph asks the graph on the caller's behalf. */
  depth: number;
  /** The end user's address, passed on for per-IP limits (login back-off). */
  clientIp: string | null;
}

import type { Caller, Logger, RequestDeadline } from '@caregraph/kernel';

/** What the gateway knows about one request; the data sources read it for every subgraph fetch. */
export interface GatewayContext {
  /**
   * The gateway's own id for the request (a UUID it made; never the client's): sent to every
   * subgraph as `x-request-id`, on every log line, in the care-plan access log and returned to
   * the client as the `x-request-id` response header.
   */
  requestId: string;
  /** The client's own `x-request-id`, when well-formed: on log lines only, to match the client's records. */
  clientRequestId?: string;
  logger: Logger;
  /** Who is asking; passed to every subgraph inside the internal token. */
  caller: Caller;
  /** 0 for a client's own request; 1 when a subgraph asks the graph on the caller's behalf. */
  depth: number;
  /** The end user's address, passed on for per-IP limits (login back-off). */
  clientIp: string | null;
  /**
   * The request's deadline (docs/adr/026), handed to each subgraph fetch: the gateway does not carry it in
   * the asynchronous context (currentDeadline()), whose hook on every promise cost about 3 % of its CPU.
   */
  deadline?: RequestDeadline;
}

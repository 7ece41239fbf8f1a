import { GraphQLError } from 'graphql';
import { deadlineHeader, DELEGATION_HEADER, isClientFacingCode, RequestStoppedError, withCallSignal } from '@caregraph/kernel';

/** Longest wait for an operation a subgraph sends through the gateway, unless GRAPH_CALL_TIMEOUT_MS says otherwise. */
export const GRAPH_CALL_TIMEOUT_MS = 5000;

/** What a caller is told when a part of the platform did not answer: nothing was done. */
export const GRAPH_UNAVAILABLE_MESSAGE =
  'A part of the service is unavailable right now, so this could not be done. Nothing was changed; please try again shortly.';

/** The gateway or a subgraph behind it did not answer, or answered with an internal error. */
export class GraphUnavailableError extends GraphQLError {
  constructor(readonly reason: string) {
    super(GRAPH_UNAVAILABLE_MESSAGE, { extensions: { code: 'INTERNAL_SERVER_ERROR', unavailable: true } });
  }
}

/**
 * Lets a subgraph ask the rest of the graph a question on behalf of the caller it is serving
 * (same person, same roles: never more than they could ask themselves). docs/adr/009.
 */
export interface GraphClient {
  /**
   * Sends one operation through the gateway and resolves with its data. A catalogue error meant
   * for the caller (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, …) is passed on as it is; a timeout,
   * an unreachable gateway or an internal error becomes GraphUnavailableError.
   */
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

interface GraphResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
}

/**
 * A client that sends back the delegation token the gateway gave this request (audience the
 * gateway, bound to this subgraph and hop), never the subgraph's own internal token: the gateway
 * refuses any token meant for a subgraph, and chains deeper than its limit. Without a delegation
 * token (a request that did not come through the gateway's query planner) it cannot ask at all.
 */
export function createGraphClient(options: {
  gatewayUrl: string;
  delegationToken: string | undefined;
  requestId: string;
  timeoutMs?: number;
}): GraphClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      if (!options.delegationToken) throw new GraphUnavailableError('no delegation token');
      let body: GraphResponse<T>;
      try {
        // The body is read inside the call: its timer and its listener on the request go when the call ends.
        body = await withCallSignal(options.timeoutMs ?? GRAPH_CALL_TIMEOUT_MS, async (signal) => {
          const response = await fetch(options.gatewayUrl, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              [DELEGATION_HEADER]: options.delegationToken!,
              'x-request-id': options.requestId,
              // The gateway gives the call what this request has left, no more (docs/adr/026).
              ...deadlineHeader(),
            },
            body: JSON.stringify({ query, variables }),
            signal,
          });
          return (await response.json()) as GraphResponse<T>;
        });
      } catch (error) {
        throw new GraphUnavailableError((error as Error).name === 'TimeoutError' || error instanceof RequestStoppedError ? 'timeout' : 'unreachable');
      }
      const first = body.errors?.[0];
      if (first) {
        const { code, ...rest } = first.extensions ?? {};
        if (isClientFacingCode(code)) throw new GraphQLError(first.message, { extensions: { code, ...rest } });
        throw new GraphUnavailableError(`graph error ${String(code ?? 'unknown')}`);
      }
      if (body.data === undefined || body.data === null) throw new GraphUnavailableError('no data');
      return body.data;
    },
  };
}

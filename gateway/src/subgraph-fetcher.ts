import { Agent, request } from 'undici';
import { withCallSignal, type RequestDeadline } from '@caregraph/kernel';

/** What the gateway sends a subgraph: always a POST of a JSON body, header names in lower case. */
export interface SubgraphHttpRequest {
  headers: Record<string, string>;
  body: string;
  /** The client request's deadline: the fetch stops when it passes or the client hangs up. */
  deadline?: RequestDeadline;
}

/** A subgraph's HTTP answer, its body already read. */
export interface SubgraphHttpResponse {
  ok: boolean;
  status: number;
  /** One header by name (any case); repeated values joined with ", ", as fetch's Headers does. */
  headers: { get(name: string): string | null };
  text: string;
}

/** The call a data source makes for each subgraph fetch. */
export type SubgraphFetcher = (url: string, init: SubgraphHttpRequest) => Promise<SubgraphHttpResponse>;

/**
 * Keep-alive connections to the subgraphs, shared by every data source of the process: enough for
 * the gateway's concurrency without one TCP handshake per fetch.
 */
export function subgraphAgent(): Agent {
  return new Agent({ connections: 256, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 120_000 });
}

/**
 * A subgraph fetch through undici's `request` over a keep-alive agent, with a deadline covering the
 * response body too: the subgraph timeout or the client request's remaining time, whichever is
 * shorter (docs/adr/026). The WHATWG fetch layer on top of the same client cost a large share of
 * the gateway's CPU per operation (bench/results.md, docs/adr/017).
 */
export function undiciFetcher(timeoutMs: number, agent: Agent = subgraphAgent()): SubgraphFetcher {
  return async (url, { headers, body, deadline }) => {
    // Its timer goes when the body is in (withCallSignal): nothing of the request outlives the fetch.
    return withCallSignal(timeoutMs, async (signal) => {
      const answer = await request(url, { method: 'POST', headers, body, signal, dispatcher: agent });
      const text = await answer.body.text();
      const received = answer.headers;
      return {
        ok: answer.statusCode >= 200 && answer.statusCode < 300,
        status: answer.statusCode,
        headers: {
          get(name: string): string | null {
            const value = received[name.toLowerCase()];
            return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
          },
        },
        text,
      };
    }, deadline);
  };
}

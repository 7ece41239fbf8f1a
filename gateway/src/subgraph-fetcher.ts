import { Agent, request } from 'undici';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { withCallSignal } from '@caregraph/kernel';

/** The fetch function a data source uses, and its response (types of @apollo/utils.fetcher). */
export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

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
 * shorter (docs/adr/026). It answers with just what Apollo's data source reads (ok, status,
 * headers.get, json, text): the WHATWG fetch layer on top of the same client cost a large share of
 * the gateway's CPU per operation (bench/results.md, docs/adr/017).
 */
export function undiciFetcher(timeoutMs: number, agent: Agent = subgraphAgent()): Fetcher {
  return (async (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => {
    // Its timer goes when the body is in (withCallSignal): nothing of the request outlives the fetch.
    const { response, text } = await withCallSignal(timeoutMs, async (signal) => {
      const answer = await request(url, {
        method: (init?.method ?? 'POST') as 'POST',
        headers: init?.headers,
        body: init?.body,
        signal,
        dispatcher: agent,
      });
      return { response: answer, text: await answer.body.text() };
    });
    const headers = response.headers;
    return {
      ok: response.statusCode >= 200 && response.statusCode < 300,
      status: response.statusCode,
      statusText: '',
      url,
      headers: {
        get(name: string): string | null {
          const value = headers[name.toLowerCase()];
          return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
        },
      },
      json: async () => JSON.parse(text),
      text: async () => text,
    } as unknown as FetcherResponse;
  }) as unknown as Fetcher;
}

// A real HTTP server for the kit's tests that answers GraphQL requests with a script: one answer per
// request in order, the last repeated. Records when each request arrived, to measure the waits.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface ScriptedGateway {
  url: string;
  /** performance.now() at each request's arrival, in order. */
  arrivals: number[];
  /** The operation names of the requests, in order. */
  operations: string[];
  close(): Promise<void>;
}

export const OVERLOADED_BODY = { errors: [{ message: 'Caregraph is overloaded; nothing was done. Try again after Retry-After.', extensions: { code: 'OVERLOADED', retryAfterSeconds: 1 } }] };

export const overloaded = (retryAfter: string | undefined = '1', contentType = 'application/json'): ScriptedAnswer => ({
  status: 503,
  headers: { 'content-type': contentType, ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }) },
  body: OVERLOADED_BODY,
});

export const ok = (data: unknown): ScriptedAnswer => ({ status: 200, body: { data } });

export async function startScriptedGateway(script: ScriptedAnswer[]): Promise<ScriptedGateway> {
  const arrivals: number[] = [];
  const operations: string[] = [];
  const server: Server = createServer((request, response) => {
    // Only the client's GraphQL requests count. The port came from the system's free ones, as other test
    // files' ports do: a platform starting beside this test may poll what it believed was its own
    // service's /ready here before finding the port taken.
    if (request.method !== 'POST' || request.url !== '/graphql') {
      response.writeHead(404).end();
      return;
    }
    const index = arrivals.push(performance.now()) - 1;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      operations.push((JSON.parse(Buffer.concat(chunks).toString() || '{}') as { operationName?: string }).operationName ?? '');
      const answer = script[Math.min(index, script.length - 1)];
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    arrivals,
    operations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

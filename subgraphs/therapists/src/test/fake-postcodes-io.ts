import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running stand-in for postcodes.io. */
export interface FakePostcodesIo {
  url: string;
  /** `ok`, or how to fail: HTTP 502, a reply after a second, a non-JSON page. */
  state: { mode: 'ok' | 'error' | 'slow' | 'garbage'; requests: string[] };
  stop(): Promise<void>;
}

/**
 * A local stand-in for postcodes.io (the true external boundary): answers the two endpoints
 * the client uses the way the real API does, from a small table. `mode` makes it fail.
 */
export async function startFakePostcodesIo(): Promise<FakePostcodesIo> {
  const postcodes: Record<string, [number, number]> = { 'LS6 2AB': [53.8191, -1.5782] };
  const outcodes: Record<string, [number, number]> = { LS6: [53.8189, -1.5766], M14: [53.4456, -2.2187] };
  const state = { mode: 'ok' as 'ok' | 'error' | 'slow' | 'garbage', requests: [] as string[] };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(req.url ?? '');
    state.requests.push(path);
    if (state.mode === 'error') return send(res, 502, { status: 502, error: 'Bad gateway' });
    if (state.mode === 'slow') return void setTimeout(() => send(res, 200, {}), 1000);
    if (state.mode === 'garbage') return void res.end('<html>maintenance</html>');
    const [, kind, code] = /^\/(postcodes|outcodes)\/(.+)$/.exec(path) ?? [];
    const point = kind === 'postcodes' ? postcodes[code] : kind === 'outcodes' ? outcodes[code] : undefined;
    if (!point) return send(res, 404, { status: 404, error: kind === 'postcodes' ? 'Postcode not found' : 'Outcode not found' });
    send(res, 200, { status: 200, result: { postcode: code, outcode: code.split(' ')[0], latitude: point[0], longitude: point[1], country: 'England' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    state,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}


import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook } from './post-webhook';

const HEADERS = { 'webhook-id': 'evt', 'webhook-timestamp': '1', 'webhook-signature': 'v1,x' };

describe('posting a webhook', () => {
  let server: http.Server;
  let url = '';
  let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.end();
  let hits = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits += 1;
      req.resume();
      req.on('end', () => answer(req, res));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const post = (target = url, options: Partial<{ timeoutMs: number; allowLocal: boolean }> = {}) =>
    postWebhook(target, '{"a":1}', HEADERS, { timeoutMs: 2000, allowLocal: true, userAgent: 'test', ...options });

  it('is SENT on 2xx and names the status otherwise, following no redirect', async () => {
    answer = (_req, res) => res.writeHead(204).end();
    expect(await post()).toEqual({ ok: true, statusCode: 204 });
    answer = (_req, res) => res.writeHead(503).end('down for maintenance, call 0800 000 0000');
    expect(await post()).toEqual({ ok: false, statusCode: 503, error: 'HTTP 503' });
    answer = (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
    expect(await post()).toEqual({ ok: false, statusCode: 302, error: 'HTTP 302' });
  });

  it('gives up at the timeout', async () => {
    answer = () => undefined; // never answers
    expect(await post(url, { timeoutMs: 300 })).toEqual({ ok: false, statusCode: null, error: 'TIMEOUT' });
  });

  it('never connects to a local or private address, nor over plain HTTP, when local endpoints are not allowed', async () => {
    const before = hits;
    expect(await post(url.replace('http:', 'https:'), { allowLocal: false })).toEqual({ ok: false, statusCode: null, error: 'ELOCALADDRESS' });
    expect(await post(`https://localhost:${new URL(url).port}/hook`, { allowLocal: false })).toEqual({ ok: false, statusCode: null, error: 'ELOCALADDRESS' });
    expect(await post(url, { allowLocal: false })).toEqual({ ok: false, statusCode: null, error: 'NOT_HTTPS' });
    expect(hits).toBe(before);
  });
});

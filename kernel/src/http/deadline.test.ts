// A request's deadline as the gateway and each subgraph keep it: from the caller's header (shortening,
// never lengthening), ending when time runs out or when the caller hangs up, and handed to outgoing calls.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { budgetOf, callSignal, currentDeadline, DEADLINE_HEADER, deadlineHeader, RequestStoppedError, withDeadline } from './deadline';

const withHeader = (value: string | undefined) => ({ headers: value === undefined ? {} : { [DEADLINE_HEADER]: value } }) as unknown as IncomingMessage;

describe('budgetOf', () => {
  it('takes the caller’s remaining milliseconds when shorter than the ceiling', () => {
    expect(budgetOf(withHeader('250'), 3000)).toBe(250);
    expect(budgetOf(withHeader(' 0 '), 3000)).toBe(0);
  });

  it('never lets the header lengthen a request past the ceiling', () => {
    expect(budgetOf(withHeader('999999999'), 3000)).toBe(3000);
  });

  it('ignores a missing or malformed header', () => {
    for (const value of [undefined, '', 'soon', '-5', '1.5', '1e9', '9999999999999']) expect(budgetOf(withHeader(value), 3000)).toBe(3000);
  });
});

describe('withDeadline over a real HTTP server', () => {
  let server: Server;
  let url: URL;
  /** What the handler saw of its deadline. */
  let seen: { reason?: string; afterMs?: number; header?: Record<string, string>; inside?: boolean } = {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      const budget = budgetOf(req, 5000);
      void withDeadline(res, budget, async () => {
        const started = Date.now();
        const deadline = currentDeadline()!;
        seen.inside = deadline !== undefined;
        seen.header = deadlineHeader();
        if (req.url === '/quick') return void res.end('done');
        // Work that only ends when the deadline does.
        await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve, { once: true }));
        seen.reason = (deadline.signal.reason as RequestStoppedError).reason;
        seen.afterMs = Date.now() - started;
        if (!res.destroyed) res.end('stopped');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => (seen = {}));

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<string>((resolve, reject) => {
      const req = request(new URL(path, url), { headers }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });

  it('runs the work with its deadline, and passes the time left on to outgoing calls', async () => {
    expect(await get('/quick', { [DEADLINE_HEADER]: '800' })).toBe('done');
    expect(seen.inside).toBe(true);
    expect(Number(seen.header![DEADLINE_HEADER])).toBeGreaterThan(0);
    expect(Number(seen.header![DEADLINE_HEADER])).toBeLessThanOrEqual(800);
  });

  it('ends the work when the time is up', async () => {
    expect(await get('/slow', { [DEADLINE_HEADER]: '300' })).toBe('stopped');
    expect(seen.reason).toBe('deadline');
    expect(seen.afterMs).toBeGreaterThanOrEqual(290);
    expect(seen.afterMs).toBeLessThan(2000);
  });

  it('ends the work as soon as the caller hangs up, long before the deadline', async () => {
    const req = request(new URL('/slow', url));
    req.on('error', () => undefined);
    req.end();
    await new Promise((resolve) => setTimeout(resolve, 200));
    req.destroy();
    const until = Date.now() + 2000;
    while (!seen.reason && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.reason).toBe('caller gone');
    expect(seen.afterMs).toBeLessThan(2000);
  });
});

describe('callSignal', () => {
  const scoped = <T>(budgetMs: number, work: () => Promise<T>) => {
    // A response stand-in: withDeadline only listens for its close event.
    const res = { once: () => undefined, off: () => undefined, writableFinished: false } as never;
    return withDeadline(res, budgetMs, work);
  };

  it('is a plain timeout outside a request', async () => {
    expect(currentDeadline()).toBeUndefined();
    expect(deadlineHeader()).toEqual({});
    const signal = callSignal(50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(signal.aborted).toBe(true);
  });

  it('gives a call the request’s remaining time when that is shorter than its own timeout', async () => {
    await scoped(150, async () => {
      const signal = callSignal(5000);
      const started = Date.now();
      await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
      expect(Date.now() - started).toBeLessThan(1000);
    });
  });

  it('makes no call once the request is out of time', async () => {
    await scoped(30, async () => {
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(() => callSignal(5000)).toThrow(RequestStoppedError);
    });
  });
});

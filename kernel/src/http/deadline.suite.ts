// A request's deadline as the gateway and each subgraph keep it: from the caller's header (shortening,
// never lengthening), ending when time runs out or when the caller hangs up, and handed to outgoing calls.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { budgetOf, currentDeadline, DEADLINE_HEADER, deadlineHeader, RequestStoppedError, withCallSignal, withDeadline } from './deadline';

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

describe('withCallSignal', () => {
  /** A response stand-in whose close event the test fires (the caller hanging up). */
  const response = () => {
    let onClose: (() => void) | undefined;
    const res = { once: (_: string, listener: () => void) => (onClose = listener), off: () => (onClose = undefined), writableFinished: false };
    return { res: res as never, hangUp: () => onClose?.() };
  };
  const aborted = (signal: AbortSignal) => new Promise<unknown>((resolve) => signal.addEventListener('abort', () => resolve(signal.reason), { once: true }));

  it('aborts a call outside a request after its timeout, with the TimeoutError AbortSignal.timeout gives', async () => {
    expect(currentDeadline()).toBeUndefined();
    expect(deadlineHeader()).toEqual({});
    const reason = await withCallSignal(30, (signal) => aborted(signal));
    expect(reason).toMatchObject({ name: 'TimeoutError' });
  });

  it('gives a call the request’s remaining time when that is shorter than its own timeout', async () => {
    const { res } = response();
    const reason = await withDeadline(res, 50, () => withCallSignal(60_000, (signal) => aborted(signal)));
    // The call's timer and the request's fall due together: either one stops it.
    expect(reason instanceof RequestStoppedError ? reason.reason : (reason as Error).name).toMatch(/^(deadline|TimeoutError)$/);
  });

  it('aborts the call when the caller hangs up', async () => {
    const { res, hangUp } = response();
    const reason = await withDeadline(res, 60_000, () =>
      withCallSignal(60_000, (signal) => {
        const reason = aborted(signal);
        hangUp();
        return reason;
      }),
    );
    expect(reason).toBeInstanceOf(RequestStoppedError);
    expect((reason as RequestStoppedError).reason).toBe('caller gone');
  });

  it('hands the deadline to the work without carrying it in the asynchronous context, when told, and a call given it keeps to it', async () => {
    const { res, hangUp } = response();
    const reason = await withDeadline(
      res,
      60_000,
      async (deadline) => {
        expect(currentDeadline()).toBeUndefined();
        expect(Number(deadlineHeader(deadline)[DEADLINE_HEADER])).toBeGreaterThan(59_000);
        return withCallSignal(
          60_000,
          (signal) => {
            const stopped = aborted(signal);
            hangUp();
            return stopped;
          },
          deadline,
        );
      },
      { inAsyncContext: false },
    );
    expect(reason).toBeInstanceOf(RequestStoppedError);
    expect((reason as RequestStoppedError).reason).toBe('caller gone');
  });

  it('makes no call once the request is out of time', async () => {
    const { res } = response();
    const call = jest.fn(async () => 'called');
    await withDeadline(res, 20, async () => {
      await new Promise((resolve) => setTimeout(resolve, 60));
      await expect(withCallSignal(5000, call)).rejects.toBeInstanceOf(RequestStoppedError);
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('keeps nothing once the call has ended: its timer is cleared and it no longer listens to the request', async () => {
    const { res, hangUp } = response();
    let callSignalSeen: AbortSignal | undefined;
    let requestSignal: AbortSignal | undefined;
    await withDeadline(res, 60_000, async () => {
      requestSignal = currentDeadline()?.signal;
      const listening = jest.spyOn(requestSignal as AbortSignal, 'removeEventListener');
      await withCallSignal(20, async (signal) => {
        callSignalSeen = signal;
        return 'answer';
      });
      expect(listening).toHaveBeenCalledWith('abort', expect.any(Function));
      hangUp();
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(requestSignal?.aborted).toBe(true);
    // Neither the timeout (past) nor the request's abort reached the finished call.
    expect(callSignalSeen?.aborted).toBe(false);
  });
});

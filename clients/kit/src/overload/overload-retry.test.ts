/**
 * @jest-environment node
 */
// Trying again after the gateway refused a request as OVERLOADED, against a real HTTP server: waits
// for Retry-After, backs off with jitter, gives up after a bounded number of tries and total wait,
// leaves every other refusal alone, and stops waiting when the app cancels.
import { gql } from '@apollo/client';
import { createApolloClient } from '../graphql/client';
import { graphErrorsOf } from '../graphql/errors';
import { BusyStore, type BusySnapshot } from './busy-store';
import type { OverloadRetryPolicy } from './retry-policy';
import { ok, overloaded, startScriptedGateway, type ScriptedAnswer, type ScriptedGateway } from './scripted-gateway';

const DIRECTORY = gql`
  query Directory {
    directoryCount
  }
`;
const CANCEL = gql`
  mutation CancelBooking {
    cancelBooking
  }
`;

let gateway: ScriptedGateway | undefined;
afterEach(async () => {
  await gateway?.close();
  gateway = undefined;
});

async function clientFor(script: ScriptedAnswer[], policy: Partial<OverloadRetryPolicy> = {}, busy = new BusyStore()) {
  gateway = await startScriptedGateway(script);
  return { client: createApolloClient({ gatewayUrl: gateway.url, fetch, busy, overloadRetry: policy, defaultOptions: { query: { fetchPolicy: 'network-only' } } }), busy };
}

/** Milliseconds between one request's arrival and the next. */
const gaps = (arrivals: number[]) => arrivals.slice(1).map((at, i) => at - arrivals[i]);

/** Every state the store went through, in order. */
function recordStates(busy: BusyStore): (BusySnapshot | undefined)[] {
  const states: (BusySnapshot | undefined)[] = [];
  busy.subscribe(() => states.push(busy.getSnapshot()));
  return states;
}

describe('a request refused as OVERLOADED', () => {
  it('is sent again no sooner than Retry-After, and the app gets the answer', async () => {
    const { client, busy } = await clientFor([overloaded('1'), ok({ directoryCount: 20 })], { baseDelayMs: 200 });
    const states = recordStates(busy);

    const result = await client.query({ query: DIRECTORY });

    expect(result.data).toEqual({ directoryCount: 20 });
    expect(gateway!.arrivals).toHaveLength(2);
    expect(gaps(gateway!.arrivals)[0]).toBeGreaterThanOrEqual(1000);
    expect(gaps(gateway!.arrivals)[0]).toBeLessThan(1000 + 200 + 800); // the window (0.2 s) and slack for a busy machine
    // The app was told it was waiting, and until when; then that it no longer is.
    expect(states[0]).toMatchObject({ waiting: 1 });
    expect(states[0]!.retryAt).toBeGreaterThanOrEqual(Date.now() - 1500);
    expect(states.at(-1)).toBeUndefined();
    expect(busy.getSnapshot()).toBeUndefined();
  });

  it('is retried when it was a mutation too: OVERLOADED means nothing was done', async () => {
    const { client } = await clientFor([overloaded('0'), ok({ cancelBooking: true })], { baseDelayMs: 100 });

    const result = await client.mutate({ mutation: CANCEL });

    expect(result.data).toEqual({ cancelBooking: true });
    expect(gateway!.operations).toEqual(['CancelBooking', 'CancelBooking']);
  });

  it('is retried when the refusal came as application/graphql-response+json, with retryAfterSeconds from the body', async () => {
    const { client } = await clientFor([overloaded(undefined, 'application/graphql-response+json'), ok({ directoryCount: 3 })], { baseDelayMs: 100 });

    const result = await client.query({ query: DIRECTORY });

    expect(result.data).toEqual({ directoryCount: 3 });
    expect(gaps(gateway!.arrivals)[0]).toBeGreaterThanOrEqual(1000); // the body's retryAfterSeconds: 1
  });

  it('backs off: each wait is Retry-After plus a jittered window that doubles', async () => {
    const shares = [0.9, 0.9, 0.9];
    gateway = await startScriptedGateway([overloaded('0'), overloaded('0'), overloaded('0'), ok({ directoryCount: 1 })]);
    const client = createApolloClient({ gatewayUrl: gateway.url, fetch });
    // The link's jitter source is Math.random unless given; here the test chooses the shares.
    const random = jest.spyOn(Math, 'random').mockImplementation(() => shares.shift() ?? 0.9);
    // The waits the link asks for, exactly: the timers it sets to try again (its `attempt`), read as they are set.
    const requestedWaits: number[] = [];
    const realSetTimeout = globalThis.setTimeout;
    const timers = jest.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      if (callback.name === 'attempt') requestedWaits.push(ms ?? 0);
      return realSetTimeout(callback, ms, ...args);
    }) as typeof setTimeout);
    try {
      await client.query({ query: DIRECTORY });
    } finally {
      random.mockRestore();
      timers.mockRestore();
    }
    // Windows of 1 s, 2 s and 4 s (the default policy), 90 % of each, on a Retry-After of 0.
    expect(requestedWaits).toEqual([900, 1800, 3600]);
    // And the gateway saw no retry sooner than asked. How much later depends on the machine's load, not the
    // link, so the exact figures above, not the gaps, bound the waits from above.
    const [first, second, third] = gaps(gateway.arrivals);
    expect(first).toBeGreaterThanOrEqual(900);
    expect(second).toBeGreaterThanOrEqual(1800);
    expect(third).toBeGreaterThanOrEqual(3600);
  }, 15_000);

  it('honours at most maxRetryAfterMs of a Retry-After, so a wrong header does not freeze the app', async () => {
    const { client } = await clientFor([overloaded('3600'), ok({ directoryCount: 1 })], { baseDelayMs: 100, maxRetryAfterMs: 300 });

    await client.query({ query: DIRECTORY });

    expect(gaps(gateway!.arrivals)[0]).toBeGreaterThanOrEqual(300);
    expect(gaps(gateway!.arrivals)[0]).toBeLessThan(300 + 100 + 800);
  });

  it('is tried at most maxAttempts times, then the app gets the OVERLOADED refusal', async () => {
    const { client, busy } = await clientFor([overloaded('0')], { maxAttempts: 3, baseDelayMs: 100 });

    const error = await client.query({ query: DIRECTORY }).then(() => undefined, (e: unknown) => e);

    expect(gateway!.arrivals).toHaveLength(3);
    expect(graphErrorsOf(error)[0]).toMatchObject({ code: 'OVERLOADED', retryAfterSeconds: 1 });
    expect(busy.getSnapshot()).toBeUndefined();
  });

  it('gives up when the next wait would pass maxTotalWaitMs', async () => {
    const { client } = await clientFor([overloaded('1')], { maxAttempts: 10, baseDelayMs: 100, maxTotalWaitMs: 2500 });

    const error = await client.query({ query: DIRECTORY }).then(() => undefined, (e: unknown) => e);

    // 1 s + up to 0.1 s, then 1 s + up to 0.2 s; a third wait of at least 1 s would pass 2.5 s.
    expect(gateway!.arrivals).toHaveLength(3);
    expect(graphErrorsOf(error)[0].code).toBe('OVERLOADED');
  });
});

describe('other refusals and failures', () => {
  const rateLimited: ScriptedAnswer = { status: 429, headers: { 'retry-after': '1' }, body: { errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1 } }] } };
  const internal: ScriptedAnswer = { status: 500, body: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
  const proxy503: ScriptedAnswer = { status: 503, headers: { 'content-type': 'text/html', 'retry-after': '1' }, body: '<html>Service Unavailable</html>' };
  const otherCode503: ScriptedAnswer = { status: 503, headers: { 'retry-after': '1' }, body: { errors: [{ message: 'down', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
  const overloadedInA200: ScriptedAnswer = { status: 200, body: { data: { directoryCount: 1 }, errors: [{ message: 'partly', extensions: { code: 'OVERLOADED' } }] } };

  it.each([
    ['RATE_LIMITED (429): the caller’s own doing', rateLimited, 'RATE_LIMITED'],
    ['INTERNAL_SERVER_ERROR (500): not known to be safe', internal, 'INTERNAL_SERVER_ERROR'],
    ['a 503 with Retry-After but no OVERLOADED (a proxy)', proxy503, 'INTERNAL_SERVER_ERROR'],
    ['a 503 with another code', otherCode503, 'INTERNAL_SERVER_ERROR'],
  ])('are not retried: %s', async (_name, answer, code) => {
    const { client, busy } = await clientFor([answer, ok({ cancelBooking: true })]);
    const states = recordStates(busy);

    const error = await client.mutate({ mutation: CANCEL }).then(() => undefined, (e: unknown) => e);

    expect(graphErrorsOf(error)[0].code).toBe(code);
    expect(gateway!.arrivals).toHaveLength(1);
    expect(states).toEqual([]);
  });

  it('an answer with data is kept even if an error in it says OVERLOADED (something was done)', async () => {
    const { client } = await clientFor([overloadedInA200, ok({ directoryCount: 2 })]);

    await client.query({ query: DIRECTORY, errorPolicy: 'all' });

    expect(gateway!.arrivals).toHaveLength(1);
  });

  it('a network failure is not retried by this link', async () => {
    const busy = new BusyStore();
    const client = createApolloClient({ gatewayUrl: 'http://127.0.0.1:1/graphql', fetch, busy });

    await expect(client.query({ query: DIRECTORY })).rejects.toThrow();
    expect(busy.getSnapshot()).toBeUndefined();
  });
});

describe('cancelling while waiting', () => {
  it('an aborted signal stops the wait at once, and nothing more is sent', async () => {
    const { client, busy } = await clientFor([overloaded('2'), ok({ directoryCount: 1 })]);
    const controller = new AbortController();
    const states = recordStates(busy);

    const settled = client.query({ query: DIRECTORY, context: { fetchOptions: { signal: controller.signal } } }).then(() => 'answered', (e: unknown) => e);
    await waitFor(() => states.length > 0);
    const abortedAt = performance.now();
    controller.abort();
    const outcome = await settled;

    // At once: long before the 2 s the gateway asked for run out (a loaded test machine runs timers late by a few hundred ms).
    expect(performance.now() - abortedAt).toBeLessThan(1000);
    expect((outcome as Error).name).toBe('AbortError');
    expect(busy.getSnapshot()).toBeUndefined();
    await sleep(2300);
    expect(gateway!.arrivals).toHaveLength(1);
  });

  it('a screen that stops watching (unsubscribes) stops the wait, and nothing more is sent', async () => {
    const { client, busy } = await clientFor([overloaded('1'), ok({ directoryCount: 1 })]);
    const states = recordStates(busy);

    const subscription = client.watchQuery({ query: DIRECTORY, fetchPolicy: 'network-only' }).subscribe(() => undefined);
    await waitFor(() => states.length > 0);
    subscription.unsubscribe();

    expect(busy.getSnapshot()).toBeUndefined();
    await sleep(1500);
    expect(gateway!.arrivals).toHaveLength(1);
  });
});

describe('many browsers refused at once', () => {
  it('do not come back in step: the retries spread over the jitter window', async () => {
    const browsers = 20;
    gateway = await startScriptedGateway([...Array.from({ length: browsers }, () => overloaded('1')), ok({ directoryCount: 1 })]);
    const clients = Array.from({ length: browsers }, () => createApolloClient({ gatewayUrl: gateway!.url, fetch }));

    await Promise.all(clients.map((client) => client.query({ query: DIRECTORY })));

    const firstTries = gateway.arrivals.slice(0, browsers);
    const retries = gateway.arrivals.slice(browsers);
    expect(retries).toHaveLength(browsers);
    // None before Retry-After (1 s after the last refusal was sent at the latest)...
    expect(Math.min(...retries) - Math.max(...firstTries)).toBeGreaterThanOrEqual(1000 - (Math.max(...firstTries) - Math.min(...firstTries)));
    // ...and spread over the first window (1 s by default), not in one burst (without jitter all 20 come
    // within a few milliseconds): over half a second apart, at most half of them in any 100 ms (chance of
    // failing with uniform jitter: about 1 in 6,000).
    expect(Math.max(...retries) - Math.min(...retries)).toBeGreaterThan(500);
    const busiest = Math.max(...retries.map((at) => retries.filter((other) => other >= at && other < at + 100).length));
    expect(busiest).toBeLessThanOrEqual(browsers / 2);
  });
});

describe('the retry policy', () => {
  it('refuses figures that would allow a tight loop or an endless wait', async () => {
    const { overloadRetryPolicy } = await import('./retry-policy');
    expect(() => overloadRetryPolicy({ baseDelayMs: 0 })).toThrow(/baseDelayMs/);
    expect(() => overloadRetryPolicy({ maxAttempts: 0 })).toThrow(/maxAttempts/);
    expect(() => overloadRetryPolicy({ maxAttempts: 1000 })).toThrow(/maxAttempts/);
    expect(() => overloadRetryPolicy({ maxTotalWaitMs: Number.POSITIVE_INFINITY })).toThrow(/maxTotalWaitMs/);
    expect(() => overloadRetryPolicy({ maxJitterMs: 50, baseDelayMs: 100 })).toThrow(/maxJitterMs/);
    expect(overloadRetryPolicy({ maxAttempts: 2 }).maxAttempts).toBe(2);
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores anything else', async () => {
    const { parseRetryAfter } = await import('./retry-policy');
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('-1', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('grows the jitter window exponentially up to its cap', async () => {
    const { DEFAULT_OVERLOAD_RETRY_POLICY: policy, overloadRetryDelay } = await import('./retry-policy');
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5].map((retry) => Math.round(overloadRetryDelay(retry, 0, policy, top) / 1000))).toEqual([1, 2, 4, 8, 8]);
    expect(overloadRetryDelay(1, 2000, policy, () => 0)).toBe(2000);
    expect(overloadRetryDelay(1, undefined, policy, () => 0)).toBe(policy.defaultRetryAfterMs);
  });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > until) throw new Error('condition not met in time');
    await sleep(10);
  }
}

// Open-loop load: requests arrive at a fixed rate whether or not earlier ones were answered, as a spike
// of people does (a closed loop would slow its own arrivals down and hide the queue). Every request has
// the client timeout a phone gives up after; each outcome is kept for the figures.
import { Agent, request } from 'undici';

/** What one request ended as: answered (2xx with data), refused (503 OVERLOADED), timed out, or failed otherwise. */
export async function send(agent, url, body, headers, timeoutMs) {
  const started = performance.now();
  try {
    const response = await request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, dispatcher: agent, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.body.text();
    const ms = performance.now() - started;
    if (response.statusCode === 503 && text.includes('"OVERLOADED"')) return { kind: 'refused', ms, retryAfter: response.headers['retry-after'] };
    if (response.statusCode === 200 && !text.includes('"errors"')) return { kind: 'ok', ms };
    return { kind: 'failed', ms, status: response.statusCode, detail: text.slice(0, 160) };
  } catch (error) {
    const ms = performance.now() - started;
    return { kind: error.name === 'TimeoutError' ? 'timeout' : 'failed', ms, detail: error.message };
  }
}

/** Sends `make()`'s request `rate` times a second for `seconds`; resolves with every outcome once all ended. */
export async function openLoop({ url, make, rate, seconds, timeoutMs }) {
  const agent = new Agent({ connections: null, pipelining: 1, keepAliveTimeout: 30_000 });
  const outcomes = [];
  const started = performance.now();
  const total = Math.round(rate * seconds);
  const pending = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const { body, headers } = make(i);
    pending.push(send(agent, url, body, headers, timeoutMs).then((outcome) => outcomes.push(outcome)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  await agent.close();
  return { outcomes, elapsed };
}

/** Closed loop: `connections` clients each sending the next request as soon as the last is answered. */
export async function closedLoop({ url, make, connections, seconds, timeoutMs }) {
  const agent = new Agent({ connections, keepAliveTimeout: 30_000 });
  const outcomes = [];
  const until = performance.now() + seconds * 1000;
  let i = 0;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (performance.now() < until) {
      const { body, headers } = make(i++);
      outcomes.push(await send(agent, url, body, headers, timeoutMs));
    }
  }));
  await agent.close();
  return { outcomes, elapsed: seconds };
}

/** The q-quantile (0..1) of `values`, or NaN for none. */
export function quantile(values, q) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** The figures of one run's outcomes. */
export function summarise({ outcomes, elapsed }) {
  const of = (kind) => outcomes.filter((o) => o.kind === kind);
  const ok = of('ok').map((o) => o.ms);
  const refused = of('refused').map((o) => o.ms);
  return {
    sent: outcomes.length,
    goodput: ok.length / elapsed,
    ok: ok.length,
    p50: quantile(ok, 0.5),
    p99: quantile(ok, 0.99),
    refused: refused.length,
    refuseP99: quantile(refused, 0.99),
    retryAfter: [...new Set(of('refused').map((o) => o.retryAfter))].join(','),
    timeouts: of('timeout').length,
    failed: of('failed').length,
    failure: of('failed')[0]?.detail,
  };
}

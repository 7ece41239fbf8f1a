// One measured run: autocannon sends the operation mix to one contender for a fixed time, and the
// contender's CPU time is read from the kernel before and after.
import { createRequire } from 'node:module';
import { treeCpuSeconds } from './proc-stats.mjs';

/** Loaded on first use: autocannon is a bench dependency, installed by `npm run bench` (bench/package.json). */
const autocannon = (...args) => createRequire(import.meta.url)('autocannon')(...args);

/** The q-quantile (0–1) of sorted numbers. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Runs autocannon against `target` ({ url, pid }) with `mix` for `seconds` over `connections` connections. */
export async function measure(target, mix, { seconds, connections }) {
  const cpuBefore = treeCpuSeconds(target.pid);
  const latencies = [];
  let connectionsStarted = 0;
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        connections,
        duration: seconds,
        // Each connection walks the whole mix in order, starting from its own place in it: every contender gets
        // the same share of each operation, and no two connections send the same request in lock step (which
        // a gateway that folds identical requests in flight would turn into one subgraph fetch).
        requests: [
          {
            method: 'POST',
            path: new URL(target.url).pathname,
            setupRequest(request, context) {
              context.next ??= Math.floor((connectionsStarted++ * mix.length) / connections);
              const op = mix[context.next++ % mix.length];
              return { ...request, headers: op.headers, body: op.body };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // Exact percentiles from every response time (autocannon's own summary has no p95).
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
  const cpu = treeCpuSeconds(target.pid) - cpuBefore;
  latencies.sort((a, b) => a - b);
  const ok = latencies.length;
  return {
    requestsPerSecond: ok / seconds,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    cpuMsPerOperation: ok > 0 ? (cpu * 1000) / ok : NaN,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: ok,
  };
}

// Resident memory of the bench's processes, from /proc: each Node process's VmRSS (now) and VmHWM (its
// peak since start), and PostgreSQL's backends serving a subgraph's database. A backend's RSS counts the
// pages of shared buffers it has touched, which belong to the server, not to it; so for backends the
// figure is their private memory (RssAnon), summed over the backends connected to that database.
import { readFileSync } from 'node:fs';

const MiB = 1024;

/** VmRSS, VmHWM and RssAnon of `pid` in MiB; null when it is gone or unreadable. */
export function memoryOf(pid) {
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const field = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / MiB;
  return { rss: field('VmRSS'), peak: field('VmHWM'), anon: field('RssAnon') };
}

/** Pids of the client backends connected to each database, by database name (`client` on another database). */
export async function backendPids(client, databases) {
  const { rows } = await client.query(
    "select datname, pid from pg_stat_activity where backend_type = 'client backend' and datname = any($1) and pid <> pg_backend_pid()",
    [databases],
  );
  const byDatabase = Object.fromEntries(databases.map((d) => [d, []]));
  for (const row of rows) byDatabase[row.datname].push(row.pid);
  return byDatabase;
}

/** The summed private memory (RssAnon) of `pids`, in MiB: what PostgreSQL backends hold of their own. */
function privateMemory(pids) {
  return pids.reduce((sum, pid) => sum + (memoryOf(pid)?.anon ?? 0), 0);
}

/**
 * The private memory of PostgreSQL's backends serving each database, in MiB, as "PostgreSQL (<name>)":
 * `databases` maps a subgraph's name to its database; `client` is connected elsewhere.
 */
export async function postgresMemory(client, databases) {
  const pids = await backendPids(client, Object.values(databases));
  return Object.fromEntries(Object.entries(databases).map(([name, database]) => [`PostgreSQL (${name})`, privateMemory(pids[database])]));
}

/** One sample of every watched Node process's RSS, in MiB: `processes` maps a name to a pid. */
export function sampleMemory(processes) {
  return Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, memoryOf(pid)?.rss ?? NaN]));
}

/** Least-squares slope of `points` ({ t, v }), in v per unit of t; NaN for fewer than two distinct times. */
export function slope(points) {
  const usable = points.filter((p) => Number.isFinite(p.v));
  const n = usable.length;
  if (n < 2) return NaN;
  const meanT = usable.reduce((s, p) => s + p.t, 0) / n;
  const meanV = usable.reduce((s, p) => s + p.v, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of usable) {
    num += (p.t - meanT) * (p.v - meanV);
    den += (p.t - meanT) ** 2;
  }
  return den === 0 ? NaN : num / den;
}

/** Growth allowed over a soak before it counts: 5 % of the starting RSS or 10 MiB, whichever is larger. */
export const GROWTH_TOLERANCE = Object.freeze({ fraction: 0.05, mib: 10 });
/** The same for the live heap after a major collection: 5 % of its start or 4 MiB, whichever is larger. */
export const HEAP_GROWTH_TOLERANCE = Object.freeze({ fraction: 0.05, mib: 4 });

/** The series each Node process reports its live heap under (kernel/src/metrics/heap-after-gc.ts). */
const LIVE_HEAP_METRIC = 'caregraph_heap_after_major_gc_bytes';

/**
 * Each process's live heap (V8's old generation after its last major collection), in MiB, read from its
 * `/metrics`: `metricsUrls` maps a name to the URL. NaN when it cannot be read or no collection has run yet.
 */
export async function liveHeaps(metricsUrls) {
  const entries = await Promise.all(
    Object.entries(metricsUrls).map(async ([name, url]) => {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
        const line = (await response.text()).split('\n').find((l) => l.startsWith(`${LIVE_HEAP_METRIC}{`) || l.startsWith(`${LIVE_HEAP_METRIC} `));
        const bytes = line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : NaN;
        // 0 until the process's first major collection: not measured yet.
        return [name, bytes > 0 ? bytes / 2 ** 20 : NaN];
      } catch {
        return [name, NaN];
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** Growth of `points` over their span: least-squares slope × duration. */
function growthOf(points) {
  const usable = points.filter((p) => Number.isFinite(p.v));
  const perMinute = slope(usable);
  const minutes = usable.length ? usable.at(-1).t - usable[0].t : 0;
  return { perMinute, growth: perMinute * minutes, start: usable[0]?.v ?? NaN, end: usable.at(-1)?.v ?? NaN };
}

/**
 * One process's soak: `points` ({ t: minutes since the end of the warm-up, v: MiB of RSS, heap: MiB of
 * live heap when the process reports it }) and its true peak (VmHWM, when known). Growth is the fitted
 * slope over the whole soak, so one garbage-collection saw-tooth neither hides nor fakes a trend; the
 * second half's is fitted too, so a rise that has levelled off is told from one that goes on.
 *
 * Verdict: **grows** when the live heap (if reported) grows beyond its tolerance: memory kept, which is
 * what a leak is; otherwise **no growth** when RSS grows within the tolerance over the whole soak,
 * **levels off** when it grows more but not over the second half, **grows** when it still does.
 */
export function soakFigures(points, peak = NaN) {
  const values = points.map((p) => p.v).filter(Number.isFinite);
  const start = values[0] ?? NaN;
  const end = values.at(-1) ?? NaN;
  const { perMinute, growth } = growthOf(points);
  const span = points.length ? points.at(-1).t - points[0].t : 0;
  const middle = (points[0]?.t ?? 0) + span / 2;
  const secondHalf = growthOf(points.filter((p) => p.t >= middle)).growth;
  const allowed = Math.max(GROWTH_TOLERANCE.fraction * start, GROWTH_TOLERANCE.mib);
  const sampledPeak = values.length ? Math.max(...values) : NaN;
  const heapSeries = growthOf(points.map((p) => ({ t: p.t, v: p.heap ?? NaN })));
  const heap = Number.isFinite(heapSeries.growth)
    ? { ...heapSeries, allowed: Math.max(HEAP_GROWTH_TOLERANCE.fraction * heapSeries.start, HEAP_GROWTH_TOLERANCE.mib) }
    : null;
  const heapGrows = heap !== null && heap.growth > heap.allowed;
  let verdict;
  if (!Number.isFinite(growth)) verdict = 'not measured';
  else if (heapGrows) verdict = 'grows';
  else if (growth <= allowed) verdict = 'no growth';
  else verdict = secondHalf <= allowed / 2 ? 'levels off' : 'grows';
  return {
    start,
    peak: Number.isFinite(peak) ? Math.max(peak, sampledPeak) : sampledPeak,
    end,
    perMinute,
    growth,
    secondHalf,
    allowed,
    heap,
    verdict,
  };
}

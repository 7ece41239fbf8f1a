// `npm run bench -- --whole-platform-vs DIR`: the whole platform of this checkout (its subgraphs and gateway,
// built) against the whole platform of the built checkout in DIR, on the same scale databases, one platform at
// a time, in interleaved rounds (this, other, this, other, …). Each round starts the platform afresh, signs the
// clients in, warms it up and sends it the bench mix; CPU per operation is read from /proc for the gateway, every
// subgraph and the PostgreSQL backends serving each subgraph's database (lib/platform-cpu.mjs).
import path from 'node:path';
import pg from 'pg';
import { REPO_ROOT, SUBGRAPHS } from '../../scripts/lib/subgraphs.mjs';
import { measure } from './load.mjs';
import { answersOf, operationMix, signInScaleClients } from './operations.mjs';
import { cpuBetween, cpuSnapshot, followBackends, postmasterPid } from './platform-cpu.mjs';
import { gcPerOperation, gcSnapshot } from './gc-metrics.mjs';
import { fixed, shortCommit } from './results.mjs';
import { freePorts, measuredNodeArgs, startCaregraphGateway, startSubgraphs } from './services.mjs';

/** Seconds of the mix sent to a freshly started platform before its measured run (JIT, pools, PostgreSQL's plans). */
export const WARM_UP_SECONDS = 5;

/**
 * Starts the platform built in `root`: its subgraphs and its gateway as the bench runs them (production, rate
 * limits out of the way), every other setting at the checkout's own default (so the cache of public reads is as
 * `npm start` has it), and signs `clients` scale clients in.
 */
async function startPlatform({ root, serverUrl, prefix, clients, cpuProfDir, heapLimit }) {
  const [gatewayPort, gatewayOpsPort, ...subgraphPorts] = await freePorts(2 + 2 * SUBGRAPHS.length);
  const ports = Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, subgraphPorts[i]]));
  const opsPorts = Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, subgraphPorts[SUBGRAPHS.length + i]]));
  const nodeArgs = measuredNodeArgs({ heapLimit, cpuProfDir });
  const subgraphs = await startSubgraphs({ serverUrl, prefix, ports, opsPorts, gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`, root, nodeArgs });
  let gateway;
  try {
    gateway = await startCaregraphGateway({ port: gatewayPort, opsPort: gatewayOpsPort, subgraphs, root, nodeArgs, extraEnv: { GATEWAY_RESPONSE_CACHE: undefined } });
    const sessions = await signInScaleClients(gateway.url, clients);
    return { subgraphs, gateway, mix: operationMix(sessions), stop: async () => (await gateway.stop(), await subgraphs.stop()) };
  } catch (error) {
    await gateway?.stop();
    await subgraphs.stop();
    throw new Error(`${error.message}\n${subgraphs.logs()}`);
  }
}

/** Where two answers differ: up to `limit` JSON paths. */
export function differences(a, b, at = '', found = [], limit = 5) {
  if (found.length >= limit) return found;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[key], b[key], `${at}.${key}`, found, limit);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    found.push(`${at || '.'}: ${JSON.stringify(a)?.slice(0, 60)} vs ${JSON.stringify(b)?.slice(0, 60)}`);
  }
  return found;
}

/** Every operation of the mix's answer data, in order, with the operation's name. */
async function dataOf(url, mix, name) {
  const list = [];
  for (const op of mix) list.push({ name: op.name, data: (await answersOf(url, [op], name))[op.name].data });
  return list;
}

/** The gateway's cache-of-public-reads counters by outcome (none on a gateway without the cache). */
async function cacheOutcomes(opsUrl) {
  const counts = {};
  const text = await (await fetch(`${opsUrl}/metrics`)).text();
  for (const line of text.split('\n')) {
    const match = /^caregraph_response_cache_total\{[^}]*outcome="(\w+)"[^}]*\} (\S+)$/.exec(line);
    if (match) counts[match[1]] = (counts[match[1]] ?? 0) + Number(match[2]);
  }
  return counts;
}

/**
 * Measures both platforms: `otherRoot` is the other built checkout. With `options.heapLimit`, this checkout's
 * processes run with that V8 heap (`--max-old-space-size`) and the other's without: given this checkout's own
 * folder as `otherRoot`, that is what the limit costs. Returns each one's commit, every run
 * (requests/s, latencies, CPU ms per operation by process and in total) and the mix's answer differences.
 */
export async function measureWholePlatforms({ serverUrl, otherRoot, options, say }) {
  const platforms = [
    { key: 'this', root: REPO_ROOT, heapLimit: options.heapLimit },
    { key: 'other', root: path.resolve(otherRoot), heapLimit: null },
  ].map((p) => ({ ...p, commit: shortCommit(p.root) }));
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const postmaster = await postmasterPid(client).catch(() => null);
  const runs = { this: [], other: [] };
  const answers = {};
  const cache = {};
  try {
    for (let round = 1; round <= options.rounds; round++) {
      for (const platform of platforms) {
        const label = `${platform.key} (${platform.commit}${platform.heapLimit ? `, heap ${platform.heapLimit} MiB` : ''})`;
        say(`bench: round ${round}: starting the whole platform of ${label}…`);
        const cpuProfDir = options.cpuProf ? path.resolve(options.cpuProf, platform.key) : null;
        const started = await startPlatform({ root: platform.root, serverUrl, prefix: options.prefix, clients: options.clients, cpuProfDir, heapLimit: platform.heapLimit });
        try {
          const { gateway, subgraphs, mix } = started;
          if (round === 1) answers[platform.key] = await dataOf(gateway.url, mix, label);
          await measure(gateway, mix, { seconds: WARM_UP_SECONDS, connections: options.connections });
          const watched = { processes: { gateway: gateway.pid, ...subgraphs.pids }, databases: subgraphs.databases, client, postmaster };
          const cacheBefore = await cacheOutcomes(gateway.opsUrl);
          const metricsUrls = { gateway: `${gateway.opsUrl}/metrics`, ...subgraphs.metricsUrls };
          const gcBefore = await gcSnapshot(metricsUrls);
          const before = await cpuSnapshot(watched);
          const following = followBackends(watched);
          const run = await measure(gateway, mix, { seconds: options.seconds, connections: options.connections });
          const followed = await following.stop();
          const { seconds, exitedBackends } = cpuBetween(before, await cpuSnapshot(watched), followed);
          run.gc = gcPerOperation(gcBefore, await gcSnapshot(metricsUrls), run.requests);
          const cacheAfter = await cacheOutcomes(gateway.opsUrl);
          for (const [outcome, n] of Object.entries(cacheAfter)) cache[platform.key] = { ...cache[platform.key], [outcome]: (cache[platform.key]?.[outcome] ?? 0) + n - (cacheBefore[outcome] ?? 0) };
          run.cpuMsPerOperation = Object.fromEntries(Object.entries(seconds).map(([name, s]) => [name, run.requests > 0 ? (s * 1000) / run.requests : NaN]));
          run.exitedBackends = exitedBackends;
          runs[platform.key].push(run);
          const cpu = run.cpuMsPerOperation;
          say(`bench: round ${round} ${label.padEnd(16)} ${run.requestsPerSecond.toFixed(0).padStart(5)} req/s  p50 ${run.p50} ms  p99 ${run.p99} ms  CPU ${cpu.total.toFixed(2)} ms/op (gateway ${cpu.gateway.toFixed(2)}, subgraphs ${sumOf(cpu, (n) => SUBGRAPHS.some((s) => s.name === n)).toFixed(2)}, PostgreSQL ${sumOf(cpu, (n) => n.startsWith('PostgreSQL (')).toFixed(2)}; server ${cpu['PostgreSQL server'].toFixed(2)}; GC ${Object.values(run.gc).reduce((sum, kind) => sum + kind.msPerOperation, 0).toFixed(2)} ms/op, ${fixed(run.gc.major?.perThousand ?? 0, 1)} major per 1,000 op)${run.non2xx || run.errors ? `  (${run.non2xx} non-2xx, ${run.errors} errors)` : ''}`);
        } finally {
          await started.stop();
        }
      }
    }
  } finally {
    await client.end().catch(() => {});
  }
  const differing = [];
  answers.this.forEach(({ name, data }, i) => {
    const found = differences(data, answers.other[i].data);
    if (found.length) differing.push({ operation: name, found });
  });
  return { platforms, runs, differing, operations: answers.this.length, cache };
}

/** The sum of `cpu`'s entries whose names `pick` accepts. */
export const sumOf = (cpu, pick) => Object.entries(cpu).filter(([name]) => pick(name)).reduce((sum, [, v]) => sum + v, 0);

// CPU time of a whole platform, from /proc: the gateway's and each subgraph's process tree, and the
// PostgreSQL backends serving each subgraph's database (found in pg_stat_activity). A snapshot is taken
// before and after a run; the difference, per process and in total, is what the run cost.
import { backendPids } from './memory.mjs';
import { cpuSeconds, processStat, treeCpuSeconds } from './proc-stats.mjs';

/** User + system CPU seconds of `pid` and of its children it has waited for (reaped), or NaN when unreadable. */
function withReapedChildren(pid) {
  try {
    const { cpu, reapedChildrenCpu } = processStat(pid);
    return cpu + reapedChildrenCpu;
  } catch {
    return NaN;
  }
}

/** The PostgreSQL server's own process (the postmaster): the parent of the backend `client` is served by. */
export async function postmasterPid(client) {
  const { rows } = await client.query('select pg_backend_pid() as pid');
  return processStat(rows[0].pid).parent;
}

/**
 * One snapshot: `processes` maps a name to a pid (gateway, subgraphs: each with its tree); `databases` maps a
 * subgraph's name to its database; `client` is connected to another database. The server figure is the whole
 * PostgreSQL server (every backend alive or exited, background processes, other databases' work): a check that
 * the backends counted per database are where its CPU went.
 */
export async function cpuSnapshot({ processes, databases, client, postmaster }) {
  const pids = await backendPids(client, Object.values(databases));
  const backends = Object.fromEntries(Object.entries(databases).map(([name, database]) => [name, Object.fromEntries(pids[database].map((pid) => [pid, safeCpu(pid)]))]));
  return {
    processes: Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, treeCpuSeconds(pid)])),
    backends,
    server: postmaster ? treeCpuSeconds(postmaster) + withReapedChildren(postmaster) - cpuSeconds(postmaster) : NaN,
  };
}

function safeCpu(pid) {
  try {
    return cpuSeconds(pid);
  } catch {
    return 0;
  }
}

/**
 * Follows the backends of `watched.databases` every `intervalMs` during a run, so a backend that exits before
 * the run ends (a pool letting an idle connection go) still counts up to its last reading; `stop()` returns the
 * last CPU reading of every backend seen, by subgraph name and pid.
 */
export function followBackends({ databases, client }, intervalMs = 500) {
  const seen = Object.fromEntries(Object.keys(databases).map((name) => [name, {}]));
  let busy = Promise.resolve();
  const sample = async () => {
    const pids = await backendPids(client, Object.values(databases));
    for (const [name, database] of Object.entries(databases)) for (const pid of pids[database]) seen[name][pid] = safeCpu(pid) || seen[name][pid] || 0;
  };
  const timer = setInterval(() => (busy = busy.then(sample).catch(() => {})), intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await busy;
      return seen;
    },
  };
}

/**
 * CPU seconds between two snapshots, by name: each process, `PostgreSQL (<subgraph>)` for the backends of its
 * database (a backend that appeared counts from zero; one that exited in between counts up to its last reading in
 * `followed` (from followBackends) and is counted in `exitedBackends`), `total` (all of them) and
 * `PostgreSQL server` (the whole server, not in the total).
 */
export function cpuBetween(before, after, followed = {}) {
  const seconds = {};
  for (const [name, value] of Object.entries(after.processes)) seconds[name] = value - before.processes[name];
  let exitedBackends = 0;
  for (const [name, now] of Object.entries(after.backends)) {
    const then = before.backends[name] ?? {};
    const last = { ...followed[name], ...now };
    seconds[`PostgreSQL (${name})`] = Object.entries(last).reduce((sum, [pid, cpu]) => sum + cpu - (then[pid] ?? 0), 0);
    exitedBackends += Object.keys(last).filter((pid) => !(pid in now)).length;
  }
  seconds.total = Object.values(seconds).reduce((sum, v) => sum + v, 0);
  seconds['PostgreSQL server'] = after.server - before.server;
  return { seconds, exitedBackends };
}

// Garbage collection of the platform's Node processes, from each one's Prometheus metrics (prom-client's
// nodejs_gc_duration_seconds histogram, by kind: minor, major, incremental, weakcb): what a V8 heap setting
// changes is read here directly, apart from the rest of a process's CPU.

/** `{ [kind]: { seconds, count } }` of one process's collections so far. */
export function parseGcTotals(text) {
  const totals = {};
  for (const line of text.split('\n')) {
    const match = /^nodejs_gc_duration_seconds_(sum|count)\{[^}]*kind="(\w+)"[^}]*\} (\S+)$/.exec(line);
    if (!match) continue;
    const [, field, kind, value] = match;
    totals[kind] ??= { seconds: 0, count: 0 };
    totals[kind][field === 'sum' ? 'seconds' : 'count'] += Number(value);
  }
  return totals;
}

/** Every process's totals: `metricsUrls` by process name. */
export async function gcSnapshot(metricsUrls) {
  const entries = await Promise.all(Object.entries(metricsUrls).map(async ([name, url]) => [name, parseGcTotals(await (await fetch(url)).text())]));
  return Object.fromEntries(entries);
}

/**
 * Per answered operation between two snapshots, all processes together: milliseconds collecting and
 * collections per 1,000 operations, by kind.
 */
export function gcPerOperation(before, after, operations) {
  const perKind = {};
  for (const [name, kinds] of Object.entries(after)) {
    for (const [kind, { seconds, count }] of Object.entries(kinds)) {
      const was = before[name]?.[kind] ?? { seconds: 0, count: 0 };
      perKind[kind] ??= { seconds: 0, count: 0 };
      perKind[kind].seconds += seconds - was.seconds;
      perKind[kind].count += count - was.count;
    }
  }
  return Object.fromEntries(
    Object.entries(perKind).map(([kind, { seconds, count }]) => [kind, { msPerOperation: operations > 0 ? (seconds * 1000) / operations : NaN, perThousand: operations > 0 ? (count * 1000) / operations : NaN }]),
  );
}

// Run by src/metrics/heap-after-gc.suite.ts as `node --expose-gc heap-probe.js`: reads the live-heap gauge
// (caregraph_heap_after_major_gc_bytes) before holding about 115 MiB, while holding it, and after letting it
// go with garbage waiting, and prints the three readings as JSON.
const { getHeapSpaceStatistics } = require('node:v8');
const { createServiceMetrics, readMetric } = require('@caregraph/kernel');

/** V8's old generation now (every space but the young ones), worked out here independently of the gauge's code. */
const oldGenerationInUse = () =>
  getHeapSpaceStatistics().reduce((sum, space) => (/^new_/.test(space.space_name) ? sum : sum + space.space_used_size), 0);

const MiB = 2 ** 20;
const metrics = createServiceMetrics('heap-test');
const reported = async () => readMetric(await metrics.registry.metrics(), 'caregraph_heap_after_major_gc_bytes', { service: 'heap-test' });

/** Collects, then waits until the gauge reports that collection (its report reaches observers a moment later). */
async function liveHeap() {
  global.gc();
  const justAfter = oldGenerationInUse();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await reported();
    if (value !== undefined && Math.abs(value - justAfter) < MiB) return value;
    if (Date.now() > deadline) throw new Error(`the gauge still reads ${value} bytes, not the ${justAfter} left by the collection`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The live heap once collections stop freeing more (two readings in a row within 1 MiB). */
async function settledLiveHeap() {
  let last = await liveHeap();
  for (let attempt = 0; attempt < 20; attempt++) {
    const next = await liveHeap();
    if (Math.abs(next - last) < MiB) return next;
    last = next;
  }
  throw new Error(`the live heap did not settle: still moving at ${last} bytes`);
}

/** Objects kept only in `held` (no local of the async function below may outlive an await with them). */
const held = new Set();
function hold(count) {
  const objects = Array.from({ length: count }, (_, n) => ({ n }));
  held.add(objects);
  return new WeakRef(objects);
}

(async () => {
  const before = await settledLiveHeap();
  const kept = hold(3_000_000);
  const holding = await settledLiveHeap();
  held.clear();
  // Garbage made after a collection is not counted until the next one decides what is live.
  if (Array.from({ length: 500_000 }, (_, n) => ({ n })).length !== 500_000) throw new Error('no garbage made');
  const released = await settledLiveHeap();
  process.stdout.write(JSON.stringify({ before, holding, released, keptFreed: kept.deref() === undefined }));
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});

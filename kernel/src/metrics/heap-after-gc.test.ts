import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { oldGenerationInUse } from './heap-after-gc';
import { createServiceMetrics } from './service-metrics';
import { readMetric } from './read-metric';

// A full collection on demand, as `node --expose-gc` would give one.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const MiB = 2 ** 20;

describe('the live heap after a major collection (caregraph_heap_after_major_gc_bytes)', () => {
  const metrics = createServiceMetrics('heap-test');
  const reported = async () => readMetric(await metrics.registry.metrics(), 'caregraph_heap_after_major_gc_bytes', { service: 'heap-test' });
  /** Collects, then waits until the gauge reports that collection (its report reaches observers later, how much later depends on the machine's load). */
  const liveHeap = async () => {
    collectGarbage();
    const justAfter = oldGenerationInUse();
    const deadline = Date.now() + 10_000;
    for (;;) {
      const value = await reported();
      if (value !== undefined && Math.abs(value - justAfter) < MiB) return value;
      if (Date.now() > deadline) throw new Error(`the gauge still reads ${value} bytes, not the ${justAfter} left by the collection`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /**
   * The live heap once collections stop freeing more: in a jest worker an earlier file's module registry
   * and vm context take several collections to go (CI saw 25 and 92 MiB of them freed between two
   * readings in a row), and this file's figures must not move with them.
   */
  const settledLiveHeap = async () => {
    let last = await liveHeap();
    for (let attempt = 0; attempt < 20; attempt++) {
      const next = await liveHeap();
      if (Math.abs(next! - last!) < MiB) return next!;
      last = next;
    }
    throw new Error(`the live heap did not settle: still moving at ${last} bytes`);
  };

  /** Objects kept only here, so that letting them go frees them (a test's own locals may outlive an await). */
  const held = new Set<object>();
  const hold = (count: number) => {
    const objects = Array.from({ length: count }, (_, n) => ({ n }));
    held.add(objects);
    return new WeakRef(objects);
  };
  const makeGarbage = (count: number) => Array.from({ length: count }, (_, n) => ({ n })).length;

  it('rises by what is kept across collections and falls back when it is let go, whatever garbage waits meanwhile', async () => {
    const before = await settledLiveHeap();
    expect(before).toBeGreaterThan(0);

    // About 115 MiB, so that the margins below (half of it) leave room for the worker's own allocations.
    const kept = hold(3_000_000);
    const holding = await settledLiveHeap();
    expect(holding - before).toBeGreaterThan(60 * MiB);

    held.clear();
    // Garbage made after the collection is not counted until the next one decides what is live.
    expect(makeGarbage(500_000)).toBe(500_000);
    const released = await settledLiveHeap();
    expect(kept.deref()).toBeUndefined();
    expect(holding - released).toBeGreaterThan(60 * MiB);
    expect(released - before).toBeLessThan(30 * MiB);
  });
});

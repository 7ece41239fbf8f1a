import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createServiceMetrics } from './service-metrics';
import { readMetric } from './read-metric';

// A full collection on demand, as `node --expose-gc` would give one.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const MiB = 2 ** 20;

describe('the live heap after a major collection (caregraph_heap_after_major_gc_bytes)', () => {
  const metrics = createServiceMetrics('heap-test');
  const liveHeap = async () => {
    collectGarbage();
    // The collection's report reaches observers a moment after it ends.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return readMetric(await metrics.registry.metrics(), 'caregraph_heap_after_major_gc_bytes', { service: 'heap-test' });
  };

  it('rises by what is kept across collections and falls back when it is let go, whatever garbage waits meanwhile', async () => {
    const before = await liveHeap();
    expect(before).toBeGreaterThan(0);

    let kept: Array<{ n: number }> | undefined = Array.from({ length: 1_000_000 }, (_, n) => ({ n }));
    const holding = await liveHeap();
    expect(holding! - before!).toBeGreaterThan(15 * MiB);
    expect(kept).toHaveLength(1_000_000);

    kept = undefined;
    // Garbage made after the collection is not counted until the next one decides what is live.
    let garbage: unknown = Array.from({ length: 500_000 }, (_, n) => ({ n }));
    garbage = undefined;
    const released = await liveHeap();
    expect(Math.abs(released! - before!)).toBeLessThan(5 * MiB);
    expect(garbage).toBeUndefined();
  });
});

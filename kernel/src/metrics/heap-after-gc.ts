import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

/**
 * The live heap of this process: V8's old generation (every space but the young one) as a major
 * (mark-compact) collection left it. Resident memory and `nodejs_heap_size_used_bytes` both include
 * garbage V8 has not collected yet, and V8 lets the old generation fill further between collections the
 * faster a process allocates (the gateway's old space reaches twice its live size before one), so neither
 * tells a leak from a heap sized for its load; this figure does: a leak raises it from one collection to
 * the next, a busy heap does not.
 */

/** Spaces a scavenge empties: their contents at any moment are mostly garbage not yet swept. */
const YOUNG_SPACES = new Set(['new_space', 'new_large_object_space']);

let afterLastMajorGc: number | undefined;
let observer: PerformanceObserver | undefined;

/** Bytes in use in V8's old generation now (old, code, large-object and the other non-young spaces). */
export function oldGenerationInUse(): number {
  return getHeapSpaceStatistics().reduce((sum, space) => (YOUNG_SPACES.has(space.space_name) ? sum : sum + space.space_used_size), 0);
}

/**
 * Starts watching this process's major collections (once per process, however many registries ask):
 * after each, the old generation's size is kept. The figure is read as the collection's report arrives,
 * a moment after it ends; objects promoted in between (rare: it takes a scavenge) count too.
 */
export function watchMajorCollections(): void {
  if (observer) return;
  observer = new PerformanceObserver((list) => {
    // A gc entry's `detail` ({ kind, flags }) is missing from this @types/node's PerformanceEntry.
    if (list.getEntries().some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) {
      afterLastMajorGc = oldGenerationInUse();
    }
  });
  observer.observe({ entryTypes: ['gc'] });
}

/** The old generation's size after the last major collection, in bytes; undefined before the first. */
export function heapAfterLastMajorGc(): number | undefined {
  return afterLastMajorGc;
}

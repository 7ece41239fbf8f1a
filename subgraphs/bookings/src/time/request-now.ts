import type { SubgraphContext } from '@caregraph/runtime';

const nows = new WeakMap<SubgraphContext, number>();

/**
 * "Now" for one request, to the whole minute, fixed at its first use: every field of the request
 * sees the same instant (and shares batching loaders keyed by it).
 */
export function requestNow(ctx: SubgraphContext): number {
  let now = nows.get(ctx);
  if (now === undefined) {
    now = Math.floor(Date.now() / 60_000) * 60_000;
    nows.set(ctx, now);
  }
  return now;
}

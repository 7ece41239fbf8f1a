import { createHash } from 'node:crypto';

/** A stable UUID (version-5 layout) for a demo record name, so every subgraph's seed agrees on ids. */
export function demoId(name: string): string {
  const hash = createHash('sha1').update(`caregraph-demo:${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A small deterministic pseudo-random generator (mulberry32) for believable but repeatable demo data. */
export function demoRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The made-up demo GP practice, verified, with every scope (accounts' seed). */
export const DEMO_ORGANISATION_ID = demoId('organisation:demo-practice');
/** Its API client's id: the OAuth `client_id` to try the integrator guide with (secret: DEMO_API_CLIENT_SECRET). */
export const DEMO_API_CLIENT_ID = demoId('api-client:demo-practice');

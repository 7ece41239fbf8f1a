import { setBounded } from '../bounded-map';

/**
 * A small bounded map of values that expire: tokens already signed or already verified, kept so
 * the same Ed25519 work is not repeated for every request (docs/adr/017). Past `maxEntries` the
 * oldest entry goes first (a Map iterates in insertion order).
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(private readonly maxEntries = 10_000) {}

  /** The value under `key` while it has not expired at `now` (ms). */
  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps `value` under `key` until `until` (ms since the epoch). */
  set(key: string, value: V, until: number): void {
    setBounded(this.entries, key, { value, until }, this.maxEntries);
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Signs at most one token per key every `reuseSeconds` and hands out the same one meanwhile (internal
 * and delegation tokens, docs/adr/017): `signed(key, sign)` returns the kept token or signs one. A failed
 * signature is not kept: the next call tries again.
 */
export function reusedSignatures(reuseSeconds: number): (key: string, sign: () => Promise<string>) => Promise<string> {
  const cache = new ExpiringCache<Promise<string>>();
  return (key, sign) => {
    const cached = cache.get(key);
    if (cached) return cached;
    const token = sign();
    cache.set(key, token, Date.now() + reuseSeconds * 1000);
    token.catch(() => cache.set(key, token, 0));
    return token;
  };
}

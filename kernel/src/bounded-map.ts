/**
 * Sets `key` to `value` in `map`, as its newest entry, first forgetting the oldest entry when the map already
 * holds `maxEntries` others (a Map iterates in insertion order). For the small in-memory memories that must
 * not grow with what callers send: remembered estimates, operation types, tokens, cached answers.
 */
export function setBounded<K, V>(map: Map<K, V>, key: K, value: V, maxEntries: number): void {
  map.delete(key);
  if (map.size >= maxEntries) map.delete(map.keys().next().value as K);
  map.set(key, value);
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How many days of free times a screen asks for at once (the graph allows up to 93). */
export const WINDOW_DAYS = 14;

/**
 * The `from`/`to` of the availability query for the `page`-th window from `now`, starting on a whole
 * hour: the same variables for the same hour, so Apollo's cache entry is reused across renders.
 */
export function availabilityWindow(now: number, page = 0, days = WINDOW_DAYS): { from: string; to: string } {
  const start = Math.floor(now / HOUR) * HOUR + page * days * DAY;
  return { from: new Date(start).toISOString(), to: new Date(start + days * DAY).toISOString() };
}

/** A fresh idempotency key (a v4 UUID) for one booking request; works outside secure contexts too. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

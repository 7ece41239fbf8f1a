// When to try again after the gateway refused a request with OVERLOADED (HTTP 503 and Retry-After):
// never before the gateway asked, then a random share of an exponentially growing window (full
// jitter), so that many browsers refused at the same moment do not all come back at the same moment.

/** How patient an app is with a busy platform. Every figure is in milliseconds except `maxAttempts`. */
export interface OverloadRetryPolicy {
  /** Tries in all, the first included (so `maxAttempts - 1` retries). */
  maxAttempts: number;
  /** The jitter window of the first retry; it doubles for each further retry. */
  baseDelayMs: number;
  /** The largest jitter window, however many retries came before. */
  maxJitterMs: number;
  /** The longest Retry-After honoured; a larger one is read as this (a wrong header must not freeze the app). */
  maxRetryAfterMs: number;
  /** The wait when the gateway gave no usable Retry-After. */
  defaultRetryAfterMs: number;
  /** The most an operation waits in all across its retries; a retry that would go past it is not made. */
  maxTotalWaitMs: number;
}

export const DEFAULT_OVERLOAD_RETRY_POLICY: Readonly<OverloadRetryPolicy> = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 1_000,
  maxJitterMs: 8_000,
  maxRetryAfterMs: 10_000,
  defaultRetryAfterMs: 1_000,
  maxTotalWaitMs: 30_000,
});

/** The policy with `overrides` applied, refusing figures that would allow a tight loop or an endless wait. */
export function overloadRetryPolicy(overrides: Partial<OverloadRetryPolicy> = {}): OverloadRetryPolicy {
  const policy = { ...DEFAULT_OVERLOAD_RETRY_POLICY, ...overrides };
  for (const [name, value] of Object.entries(policy)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`overload retry policy: ${name} must be a finite number of 0 or more, not ${String(value)}`);
  }
  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1 || policy.maxAttempts > 10) throw new RangeError(`overload retry policy: maxAttempts must be a whole number from 1 to 10, not ${policy.maxAttempts}`);
  if (policy.baseDelayMs < 100) throw new RangeError(`overload retry policy: baseDelayMs must be at least 100 (no tight loop), not ${policy.baseDelayMs}`);
  if (policy.maxJitterMs < policy.baseDelayMs) throw new RangeError(`overload retry policy: maxJitterMs (${policy.maxJitterMs}) must be at least baseDelayMs (${policy.baseDelayMs})`);
  return policy;
}

/** An HTTP date as servers send it (IMF-fixdate): `Sun, 06 Nov 1994 08:49:37 GMT`. */
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * The wait a Retry-After header asks for, in milliseconds: delay-seconds or an HTTP date. Undefined
 * when the header is missing or neither.
 */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = HTTP_DATE.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * How long to wait before retry number `retry` (1 for the first): the Retry-After the gateway asked
 * for (capped, or the default when it gave none) plus a uniformly random share of a window that
 * starts at `baseDelayMs` and doubles each retry up to `maxJitterMs`.
 */
export function overloadRetryDelay(retry: number, retryAfterMs: number | undefined, policy: OverloadRetryPolicy, random: () => number = Math.random): number {
  const floor = Math.min(retryAfterMs ?? policy.defaultRetryAfterMs, policy.maxRetryAfterMs);
  const window = Math.min(policy.maxJitterMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.round(floor + random() * window);
}

import type { ServerResponse } from 'node:http';
import type { RateLimitReport } from './rate-limit';

/**
 * Writes each limit a request was counted against into the response, as the IETF RateLimit header fields
 * (draft-ietf-httpapi-ratelimit-headers-11) describe: `RateLimit-Policy: "per-address";q=600;w=60` (the quota
 * per window, in seconds) and `RateLimit: "per-address";r=598;t=42` (left now, seconds until the window starts
 * again). A signed-in caller is counted per address and per caller: both items are listed, the lower `r` binds.
 */
export function rateLimitHeaders(res: ServerResponse): RateLimitReport {
  return (state) => {
    if (res.headersSent) return;
    append(res, 'ratelimit-policy', `"${state.policy}";q=${state.quota};w=${state.windowSeconds}`);
    append(res, 'ratelimit', `"${state.policy}";r=${state.remaining};t=${state.resetSeconds}`);
  };
}

function append(res: ServerResponse, name: string, item: string): void {
  const current = res.getHeader(name);
  res.setHeader(name, current ? `${String(current)}, ${item}` : item);
}

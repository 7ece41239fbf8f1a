import { sendJson } from '@caregraph/kernel';
import type { ServerResponse } from 'node:http';

/**
 * Answers a request refused before Apollo saw it, that the client may send again later: `status`,
 * `Retry-After`, and the catalogue `code` with `retryAfterSeconds` (RATE_LIMITED, OVERLOADED).
 */
export function sendTryAgainLater(res: ServerResponse, status: 429 | 503, code: 'RATE_LIMITED' | 'OVERLOADED', message: string, retryAfterSeconds: number): void {
  res.setHeader('retry-after', String(retryAfterSeconds));
  sendJson(res, status, { errors: [{ message, extensions: { code, retryAfterSeconds } }] });
}

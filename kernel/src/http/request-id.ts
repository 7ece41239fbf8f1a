import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A well-formed request id as services pass it among themselves (the gateway's are UUIDs). */
const REQUEST_ID = /^[\w-]{8,64}$/;
/** What a client may send as its own `x-request-id`: short, and no characters that could forge log lines. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,64}$/;

/** A new request id: random, so nobody outside can choose or predict it. */
export function newRequestId(): string {
  return randomUUID();
}

/**
 * The request id for log correlation inside the platform: a well-formed incoming `x-request-id`
 * is kept, otherwise a new one is made. Only for requests from a trusted service (a subgraph
 * behind the gateway's signed token, or the gateway's own subgraph fetch); the gateway makes its
 * own for every client request (newRequestId).
 */
export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : newRequestId();
}

/**
 * A client's own `x-request-id`, for logs only (`clientRequestId`): up to 64 letters, digits,
 * `_`, `-`, `.` or `:`; anything else is dropped (undefined). Never used as the request id.
 */
export function clientRequestIdOf(req: IncomingMessage): string | undefined {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : undefined;
}

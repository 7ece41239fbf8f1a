import { ServerError } from '@apollo/client/errors';
import { HttpError } from 'ra-core';
import { graphErrorsOf, type ReadOptions } from '@caregraph/client-kit';

/** The error codes of the catalogue (docs/architecture.md#errors) the dashboard acts on. */
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'OVERLOADED' | 'INTERNAL_SERVER_ERROR';

/** HTTP-like status react-admin understands for each code: 401 logs out, the rest are shown. */
const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  OVERLOADED: 503,
  INTERNAL_SERVER_ERROR: 500,
};

/** Messages for codes whose server message is not meant for the person at the screen. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  UNAUTHENTICATED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You do not have permission to do this. Only Caregraph admins can use the dashboard.',
  CONFLICT: 'Someone else changed this listing since you opened it. Reload it, check the changes, then try again.',
  // Reached only after the kit's own tries, while the busy notice was shown.
  OVERLOADED: 'Caregraph is very busy at the moment, so this was not done and nothing has changed. We tried again a few times; please try again in a few minutes.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again in a moment.',
};

/**
 * Per-screen messages by code: a string replaces the default, null keeps the graph's own message
 * (e.g. CONFLICT on an account says "already locked", which is clearer than the stale-version text).
 */
export type MessageOverrides = Partial<Record<ErrorCode, string | null>>;

/**
 * How the dashboard reads the graph's errors: fields with their argument name, as sent (react-admin
 * shows `body.errors[field]` beside the input of that name), and a 5xx without errors by its status.
 */
export const AS_SENT: ReadOptions = { argumentNames: true, serverFailures: false };

/**
 * Turns what Apollo Client threw into react-admin's HttpError: UNAUTHENTICATED becomes 401 (the
 * auth provider then signs out), FORBIDDEN 403 with a clear message, BAD_USER_INPUT 400 naming the
 * field (`body.errors[field]`, which react-admin shows beside form inputs), CONFLICT 409 (stale
 * version), NOT_FOUND 404, RATE_LIMITED 429, OVERLOADED 503 (after the kit's tries: nothing was
 * done); a network failure is 503 too.
 */
export function toHttpError(error: unknown, messages: MessageOverrides = {}): HttpError {
  if (error instanceof HttpError) return error;
  const errors = graphErrorsOf(error, AS_SENT);
  const first = errors[0];
  if (first) {
    const code = (first.code && first.code in STATUS ? first.code : 'INTERNAL_SERVER_ERROR') as ErrorCode;
    const override = messages[code];
    let message = override === null ? first.message : (override ?? MESSAGES[code] ?? first.message);
    if (code === 'RATE_LIMITED' && first.retryAfterSeconds) message = `${first.message} Try again in ${first.retryAfterSeconds} seconds.`;
    const body: Record<string, unknown> = { code, errors: first.field ? { [first.field]: first.message } : undefined };
    return new HttpError(message, STATUS[code], body);
  }
  const text = error instanceof Error ? error.message : String(error);
  if (ServerError.is(error)) return new HttpError(`The gateway answered ${error.statusCode}: ${text}`, error.statusCode, { code: 'INTERNAL_SERVER_ERROR' });
  return new HttpError(`Caregraph cannot be reached right now (${text}). Check your connection and try again.`, 503, { code: 'UNAVAILABLE' });
}

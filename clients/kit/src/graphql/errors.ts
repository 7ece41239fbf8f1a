// Reading what the graph answered out of what Apollo Client threw. Apps program against
// `extensions.code` and `extensions.field` (the error catalogue), never the server's message, and
// turn them into their own words.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** One error from the graph, as the apps keep it. */
export interface GraphError {
  message: string;
  code?: string;
  /** The offending input field, without the argument name (`input.postcode` → `postcode`) unless asked to keep it. */
  field?: string;
  retryAfterSeconds?: number;
}

/** What an app shows: one sentence, and the form field it belongs to when there is one. */
export interface FriendlyError {
  message: string;
  code: string;
  field?: string;
}

export interface ReadOptions {
  /** Keep the argument name in `field` (`input.postcode`), as the graph sent it. */
  argumentNames?: boolean;
  /** Read a 5xx answer without GraphQL errors as one INTERNAL_SERVER_ERROR (the default), or as nothing. */
  serverFailures?: boolean;
}

const stripArgument = (field: string) => field.replace(/^(input|filter)\./, '');

/** The GraphQL errors inside whatever Apollo Client threw (GraphQL errors, or a non-2xx answer carrying them). */
export function graphErrorsOf(error: unknown, { argumentNames = false, serverFailures = true }: ReadOptions = {}): GraphError[] {
  const toGraphError = (e: { message: string; extensions?: Record<string, unknown> | null }): GraphError => ({
    message: e.message,
    code: typeof e.extensions?.code === 'string' ? e.extensions.code : undefined,
    field: typeof e.extensions?.field === 'string' ? (argumentNames ? e.extensions.field : stripArgument(e.extensions.field)) : undefined,
    retryAfterSeconds: typeof e.extensions?.retryAfterSeconds === 'number' ? e.extensions.retryAfterSeconds : undefined,
  });
  if (CombinedGraphQLErrors.is(error)) return error.errors.map(toGraphError);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
      if (body.errors?.length) return body.errors.map(toGraphError);
    } catch {
      // not JSON: fall back to the status
    }
    if (error.statusCode === 401) return [{ message: error.message, code: 'UNAUTHENTICATED' }];
    if (error.statusCode === 403) return [{ message: error.message, code: 'FORBIDDEN' }];
    if (error.statusCode === 429) return [{ message: error.message, code: 'RATE_LIMITED' }];
    if (serverFailures && error.statusCode >= 500) return [{ message: error.message, code: 'INTERNAL_SERVER_ERROR' }];
  }
  return [];
}

/**
 * True when no answer came back to read: the network failed, or a 5xx without GraphQL errors (a
 * proxy's 502, a gateway restarting). Worth trying again later; it says nothing about the request.
 */
export function isUnanswered(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return false;
  if (ServerError.is(error)) return error.statusCode >= 500 && graphErrorsOf(error, { serverFailures: false }).length === 0;
  return true;
}

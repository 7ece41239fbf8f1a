import { toClientError } from '@caregraph/kernel';
import type { GraphQLFormattedError } from 'graphql';
import { SUBGRAPH_UNAVAILABLE_MESSAGE, SubgraphUnavailableError } from './subgraph-data-source';

/** Extensions that describe the gateway's insides: which subgraph, its HTTP response, stack traces. */
const INTERNAL_EXTENSIONS = ['serviceName', 'exception', 'stacktrace', 'response', 'reason'];
/** Only what describes the inside, not the subgraph's name, is dropped in development. */
const DEVELOPMENT_HIDDEN_EXTENSIONS = ['exception', 'stacktrace', 'response'];

/** Automatic persisted query protocol errors: clients react to these exact codes and messages. */
const PROTOCOL_CODES = new Set(['PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

/**
 * Apollo's refusals of a malformed persisted-query request, which carry no code of their own: the
 * client's mistake, so BAD_USER_INPUT with Apollo's message (it names no part of the schema).
 */
const PROTOCOL_MISTAKES = /^(provided sha does not match query|Unsupported persisted query version)$/;

/** URLs and host:port pairs, which would tell a client where the subgraphs live. */
const ADDRESS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]+|\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b|\blocalhost:\d+\b/gi;

/** Removes addresses from a message. */
export function withoutAddresses(message: string): string {
  return message.replace(ADDRESS, '[address removed]');
}

function without(extensions: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> | undefined {
  if (!extensions) return undefined;
  const kept = Object.fromEntries(Object.entries(extensions).filter(([key]) => !keys.includes(key)));
  return Object.keys(kept).length ? kept : undefined;
}

/** graphql-js's own message when the parser's `maxTokens` stops it. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * The extensions of a query-limit refusal (kernel src/limits): `limit` names it, and a cost
 * refusal also says the cost found and allowed. Found also once Apollo wrapped the error as a
 * validation error, and for the parser's token limit.
 */
function limitExtensions(formatted: GraphQLFormattedError, error: unknown): Record<string, unknown> | undefined {
  if (TOKEN_LIMIT.test(formatted.message)) return { code: 'BAD_USER_INPUT', limit: 'tokens' };
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const extensions = (original as { extensions?: Record<string, unknown> })?.extensions;
  if (typeof extensions?.limit !== 'string') return undefined;
  const { limit, cost, maxCost } = extensions;
  return { code: 'BAD_USER_INPUT', limit, ...(cost === undefined ? {} : { cost, maxCost }) };
}

function unavailable(error: unknown): SubgraphUnavailableError | undefined {
  if (error instanceof SubgraphUnavailableError) return error;
  const original = (error as { originalError?: unknown })?.originalError;
  return original instanceof SubgraphUnavailableError ? original : undefined;
}

/**
 * The gateway's `formatError` (docs/architecture.md#errors). In production, only catalogue codes keep
 * their message; everything else becomes INTERNAL_SERVER_ERROR with a generic message, and no
 * stack trace, subgraph name, URL or HTTP detail leaves. In development messages are kept, but
 * addresses and stack traces are still removed. An unreachable or slow subgraph is always
 * reported as "a part of the service is unavailable".
 */
export function formatGatewayError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const base = { locations: formatted.locations, path: formatted.path };
    const down = unavailable(error);
    if (down) {
      const extensions = production
        ? { code: 'INTERNAL_SERVER_ERROR' }
        : { code: 'INTERNAL_SERVER_ERROR', serviceName: down.serviceName, reason: down.reason };
      return { ...base, message: SUBGRAPH_UNAVAILABLE_MESSAGE, extensions };
    }
    const code = formatted.extensions?.code;
    const limit = limitExtensions(formatted, error);
    if (limit) return { ...base, message: formatted.message, extensions: limit };
    if (typeof code === 'string' && PROTOCOL_CODES.has(code)) {
      return { ...base, message: formatted.message, extensions: { code } };
    }
    if (PROTOCOL_MISTAKES.test(formatted.message)) {
      return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (!production) {
      return {
        ...base,
        message: withoutAddresses(formatted.message),
        extensions: without(formatted.extensions, DEVELOPMENT_HIDDEN_EXTENSIONS),
      };
    }
    const client = toClientError(formatted, error);
    return { ...client, message: withoutAddresses(client.message), extensions: without(client.extensions, INTERNAL_EXTENSIONS) };
  };
}

import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyError, readBody } from './read-body';
import { budgetOf, withDeadline, type RequestDeadline } from './deadline';

/** Default largest request body: generous for GraphQL documents, small enough to refuse floods. */
export const DEFAULT_BODY_LIMIT_BYTES = 1_000_000;

/**
 * Decides, once the body is read, whether the request is served now: resolves with a release to call
 * when its answer is sent, or with undefined when it has answered the request itself (refused it).
 */
export type Admit = (req: IncomingMessage, body: unknown, res: ServerResponse) => Promise<(() => void) | undefined>;

export interface GraphQLHandlerOptions {
  /** Largest request body (default DEFAULT_BODY_LIMIT_BYTES). */
  bodyLimitBytes?: number;
  /** Whether to serve a request now (the gateway's admission control). */
  admit?: Admit;
  /**
   * The longest a request may take, in milliseconds, from its arrival; a caller's deadline header can
   * shorten it. Its work runs under that deadline (currentDeadline()), which also ends when the caller hangs up.
   */
  deadlineMs?: number;
  /**
   * Whether the deadline is also carried with the request's asynchronous work (currentDeadline(); the default),
   * or only handed to the context builder, for a service that passes it on itself (the gateway).
   */
  deadlineInAsyncContext?: boolean;
}

/** Builds a request's context; `deadline` is the request's when the handler sets one. */
export type BuildContext<TContext> = (req: IncomingMessage, deadline?: RequestDeadline) => Promise<TContext>;

/**
 * Adapts Apollo Server to a plain Node HTTP handler (no web framework in the hot path):
 * reads the body, asks `admit` (when given) whether to serve it now, hands Apollo the request and
 * streams its response back, all under the request's deadline when one is set.
 */
export function createGraphQLHandler<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  buildContext: BuildContext<TContext>,
  { bodyLimitBytes = DEFAULT_BODY_LIMIT_BYTES, admit, deadlineMs, deadlineInAsyncContext = true }: GraphQLHandlerOptions = {},
) {
  const handle = async (req: IncomingMessage, res: ServerResponse, deadline?: RequestDeadline): Promise<void> => {
    let body: unknown;
    try {
      body = await readBody(req, bodyLimitBytes);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    const context = () => buildContext(req, deadline);
    if (!admit) return execute(apollo, context, req, res, body);
    const release = await admit(req, body, res);
    if (!release) return;
    try {
      await execute(apollo, context, req, res, body);
    } finally {
      release();
    }
  };
  if (deadlineMs === undefined) return handle;
  return (req: IncomingMessage, res: ServerResponse): Promise<void> =>
    withDeadline(res, budgetOf(req, deadlineMs), (deadline) => handle(req, res, deadline), { inAsyncContext: deadlineInAsyncContext });
}

/** Hands a request, its body read, to Apollo and streams its answer. */
async function execute<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  context: () => Promise<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context,
  });
  for (const [name, value] of result.headers) res.setHeader(name, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Writes a JSON response. */
export function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Answers a request whose handler failed unexpectedly: a generic 500 in the catalogue's shape,
 * or just the end of the response when it had already begun. The caller logs the cause.
 */
export function answerUnexpectedFailure(res: ServerResponse): void {
  if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  else res.end();
}

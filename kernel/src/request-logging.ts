import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger';
import { RequestStoppedError } from './http/deadline';

/** Keeps what may be logged of an error: its kind and database code, never values or SQL. */
export function describeErrorForLog(error: unknown): Record<string, unknown> {
  const original = (error as { originalError?: unknown }).originalError ?? error;
  const err = original as { name?: string; code?: string; constraint?: string; message?: string; stack?: string };
  const isDatabaseError = typeof err.name === 'string' && /Exception$/.test(err.name);
  if (isDatabaseError) return { kind: err.name, sqlState: err.code, constraint: err.constraint };
  return { kind: err.name, message: err.message, stack: err.stack };
}

/**
 * One JSON log line per operation (name, duration, error codes) and the detail of unexpected
 * errors; `isExpected` marks errors already logged elsewhere (e.g. an unavailable subgraph).
 */
export function requestLoggingPlugin<TContext extends { logger?: Logger }>(
  logger: Logger,
  isExpected: (error: { extensions?: Record<string, unknown> }) => boolean = () => false,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const log = contextValue?.logger ?? logger;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            // A request stopped at its deadline or left by its caller is load, not a fault: one line, no stack.
            if (error.originalError instanceof RequestStoppedError) {
              log.info({ reason: error.originalError.reason, path: error.path }, 'request stopped');
              continue;
            }
            if ((code === undefined || code === 'INTERNAL_SERVER_ERROR') && !isExpected(error)) {
              log.error({ err: describeErrorForLog(error), path: error.path }, 'resolver failed');
            }
          }
        },
        async willSendResponse({ operationName, errors }) {
          log.info(
            {
              operationName: operationName ?? undefined,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              errorCodes: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { RequestStoppedError } from './http/deadline';

/** The one catalogue of error codes a client can see (docs/architecture.md#errors). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  BOOKING_CONFLICT: 'BOOKING_CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  OVERLOADED: 'OVERLOADED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes whose message is written for the client and may be shown as is. */
const CLIENT_FACING = new Set<string>(Object.values(ErrorCode).filter((c) => c !== 'INTERNAL_SERVER_ERROR'));

/** True when `code` belongs to the catalogue and its message is safe to show. */
export function isClientFacingCode(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_FACING.has(code);
}

/** Bad input: names the offending field (a dotted path into the input) and what was wrong. */
export class UserInputError extends GraphQLError {
  constructor(field: string, message: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field } });
  }
}

/** The caller is not signed in, or their credentials are not valid. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'You need to sign in to do this.') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

/** The caller is known but may not do this. */
export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this.') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

/** The record does not exist, or the caller may not know that it exists. */
export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found.`, { extensions: { code: ErrorCode.NOT_FOUND, entity, id } });
  }
}

/** The change clashes with the current state (a duplicate, a stale version, a taken slot). */
export class ConflictError extends GraphQLError {
  constructor(message: string, code: 'CONFLICT' | 'BOOKING_CONFLICT' = ErrorCode.CONFLICT, field?: string) {
    super(message, { extensions: field ? { code, field } : { code } });
  }
}

/** Message for a request stopped at its deadline (docs/adr/026). */
export const REQUEST_STOPPED_MESSAGE = 'This took longer than the time allowed and was stopped: nothing was changed. Please try again.';

/** Message shown for every error that is not one of ours: the detail goes to the log only. */
export const INTERNAL_ERROR_MESSAGE = 'Something went wrong on our side. Please try again; if it keeps happening, quote the request id.';

/** Formats an error from a failed validation of a type-graphql argument into BAD_USER_INPUT. */
function fromValidation(error: unknown): GraphQLFormattedError | undefined {
  const validationErrors = (error as { extensions?: { validationErrors?: unknown } })?.extensions?.validationErrors;
  if (!Array.isArray(validationErrors)) return undefined;
  const violations = flattenValidationErrors(validationErrors as ValidationErrorLike[]);
  const first = violations[0];
  return {
    message: first ? `Invalid value for ${first.field}: ${first.message}` : 'The input is not valid.',
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, violations },
  };
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** Flattens class-validator's nested errors into `{ field, message }` pairs with dotted paths. */
export function flattenValidationErrors(
  errors: ValidationErrorLike[],
  prefix = '',
): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** PostgreSQL SQLSTATE codes of constraint violations, for errors raised by raw SQL (not wrapped by MikroORM). */
const SQLSTATE_TO_EXCEPTION: Record<string, string> = {
  '23505': 'UniqueConstraintViolationException',
  '23514': 'CheckConstraintViolationException',
  '23502': 'NotNullConstraintViolationException',
  '23P01': 'ExclusionConstraintViolationException',
};

/** Maps database exceptions (MikroORM's, or raw pg errors by SQLSTATE) to catalogue errors. */
function fromDatabase(original: unknown): GraphQLFormattedError | undefined {
  const raw = original as { name?: string; code?: string };
  const name = (raw?.code && SQLSTATE_TO_EXCEPTION[raw.code]) || raw?.name;
  if (name === 'ExclusionConstraintViolationException') {
    return { message: 'This clashes with an existing record.', extensions: { code: ErrorCode.CONFLICT } };
  }
  if (name === 'UniqueConstraintViolationException') {
    return { message: 'A record with these details already exists.', extensions: { code: ErrorCode.CONFLICT } };
  }
  if (name === 'OptimisticLockError') {
    return {
      message: 'This record was changed by someone else. Reload it and try again.',
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  if (name === 'CheckConstraintViolationException' || name === 'NotNullConstraintViolationException') {
    return { message: 'The input breaks a rule of the record.', extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return undefined;
}

/**
 * The input path a GraphQL variable error names (`sort.field`, `filter.statuses[0]`, or the variable
 * itself), so that a value the schema refuses (an unknown enum value, a string for an Int) names
 * its field like our own validation does.
 */
export function variableErrorField(message: string): string | undefined {
  const match = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" (?:got invalid value .*? at "([^"]+)";|got invalid value|of required type)/s.exec(message);
  return match ? (match[2] ?? match[1]) : undefined;
}

/**
 * Turns any error into what a client may see: catalogue errors pass with their code and
 * fields, validation and database errors are translated, everything else becomes a generic
 * INTERNAL_SERVER_ERROR (the caller logs the original). Never includes stack traces.
 */
export function toClientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const code = formatted.extensions?.code;
  const base = { locations: formatted.locations, path: formatted.path };
  const validation = fromValidation(original);
  if (validation) return { ...base, ...validation };
  // Out of time (or its caller gone), the work stopped and its transaction rolled back: the caller may try again.
  if (original instanceof RequestStoppedError) {
    return { ...base, message: REQUEST_STOPPED_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, unavailable: true } };
  }
  const database = fromDatabase(original);
  if (database) return { ...base, ...database };
  if (isClientFacingCode(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    const field = code === ErrorCode.BAD_USER_INPUT && extensions.field === undefined ? variableErrorField(formatted.message) : undefined;
    return { ...base, message: formatted.message, extensions: field ? { ...extensions, field } : extensions };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_REQUEST') {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  // "A part of the service is unavailable" (a subgraph's call through the graph went unanswered) is ours to
  // say as it is: a fixed message that tells the caller nothing was done and to try again. Kept across hops.
  if (code === ErrorCode.INTERNAL_SERVER_ERROR && formatted.extensions?.unavailable === true) {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, unavailable: true } };
  }
  return { ...base, message: INTERNAL_ERROR_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

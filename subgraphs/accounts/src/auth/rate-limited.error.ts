import { ErrorCode } from '@caregraph/kernel';
import { GraphQLError } from 'graphql';

/** Too many attempts: the caller must wait `retryAfterSeconds` (in the error's extensions). */
export class RateLimitedError extends GraphQLError {
  constructor(message: string, retryAfterSeconds: number) {
    super(message, { extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) } });
  }
}

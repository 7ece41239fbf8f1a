import type { FriendlyError } from '../graphql/errors';

/** Thrown by `signIn` when the password was right and a code from the person's authenticator app is needed next. */
export class MfaRequiredError extends Error {
  constructor(readonly mfaToken: string) {
    super('Enter the 6-digit code from your authenticator app.');
    this.name = 'MfaRequiredError';
  }
}

/**
 * Thrown by `signIn` when the password was right but accounts insists on two-step verification and
 * the account has no authenticator app yet: set one up now, with `startEnrolment` and `confirmEnrolment`.
 */
export class MfaEnrolmentRequiredError extends Error {
  constructor(readonly mfaToken: string) {
    super('This account signs in with two-step verification. Set up an authenticator app to continue.');
    this.name = 'MfaEnrolmentRequiredError';
  }
}

/**
 * Thrown when signing up, in or refreshing is refused or fails: `friendly` holds the app's words to
 * show and the field at fault. `unanswered` is true when no answer came back (offline, a 5xx without
 * GraphQL errors): then nothing was refused, and the session stays for the next try.
 */
export class AuthError extends Error {
  constructor(
    readonly friendly: FriendlyError,
    readonly unanswered = false,
  ) {
    super(friendly.message);
    this.name = 'AuthError';
  }

  get code(): string {
    return this.friendly.code;
  }
}

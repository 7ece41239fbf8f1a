import type { ApolloClient } from '@apollo/client';
import { ANONYMOUS } from '../graphql/client';
import { graphErrorsOf } from '../graphql/errors';
import { COMPLETE_MFA_LOGIN } from './mfa-operations';
import { CONFIRM_MFA_ENROLMENT, LOGIN, LOGOUT, REFRESH_SESSION, START_MFA_ENROLMENT } from './operations';
import type { SessionStore, StoredSession } from './session-store';

/** Refresh the access token when less than this is left of it. */
export const REFRESH_MARGIN_MS = 60_000;

/** Shown when someone who is not an admin signs in. */
export const NOT_AN_ADMIN_MESSAGE = 'This dashboard is for Caregraph admins only. Your account is not an admin account, so you have not been signed in.';

/** Shown when accounts asks for a second factor the graph cannot take yet. */
export const MFA_UNAVAILABLE_MESSAGE =
  'Your account needs a code from your authenticator app, but this Caregraph platform cannot take it yet (its graph has no completeMfaLogin). Ask the platform team to update the gateway.';

/** Thrown by `signIn` when the password was right and the authenticator code is needed next. */
export class MfaRequiredError extends Error {
  constructor(readonly mfaToken: string) {
    super('Enter the 6-digit code from your authenticator app.');
    this.name = 'MfaRequiredError';
  }
}

/**
 * Thrown by `signIn` when the password was right but the account (an admin) has no authenticator
 * app set up yet: it must be set up now, with `startEnrolment` and `confirmEnrolment`.
 */
export class MfaEnrolmentRequiredError extends Error {
  constructor(readonly mfaToken: string) {
    super('Admins sign in with two-step verification. Set up an authenticator app to continue.');
    this.name = 'MfaEnrolmentRequiredError';
  }
}

/** What setting up an authenticator app shows: the secret to type in (or the otpauth link). */
export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
}

/** Thrown when signing in is refused; the message is meant for the person at the screen. */
export class SignInRefusedError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
    this.name = 'SignInRefusedError';
  }
}

type SessionFields = Omit<StoredSession, 'user'> & { user: StoredSession['user'] | null };

/**
 * Signing in and out against accounts, and keeping the access token fresh. Only ADMIN sessions are
 * kept: anyone else's session is revoked at once.
 */
export class SessionManager {
  private refreshing: Promise<StoredSession | undefined> | undefined;

  constructor(
    private readonly client: ApolloClient,
    private readonly store: SessionStore,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Step one: email and password. Resolves when signed in; rejects with MfaRequiredError when a code
   * is needed, and with MfaEnrolmentRequiredError when an authenticator app must be set up first.
   */
  async signIn(email: string, password: string): Promise<StoredSession> {
    const payload = await this.send(() => this.client.mutate({ mutation: LOGIN, variables: { input: { email, password } }, context: ANONYMOUS }), 'login');
    if (payload.mfaRequired) {
      if (!payload.mfaToken) throw new SignInRefusedError('Signing in needs a second step that could not be started. Please try again.');
      if (payload.mfaEnrolmentRequired) throw new MfaEnrolmentRequiredError(payload.mfaToken);
      throw new MfaRequiredError(payload.mfaToken);
    }
    return this.keepAdminSession(payload as SessionFields);
  }

  /** Step two, when step one asked for it: the authenticator (TOTP) or recovery code. */
  async completeMfa(mfaToken: string, code: string): Promise<StoredSession> {
    try {
      const session = await this.send(() => this.client.mutate({ mutation: COMPLETE_MFA_LOGIN, variables: { mfaToken, code: code.replace(/\s+/g, '') }, context: ANONYMOUS }), 'completeMfaLogin');
      return this.keepAdminSession(session);
    } catch (error) {
      if (error instanceof SignInRefusedError && error.code === 'GRAPHQL_VALIDATION_FAILED') throw new SignInRefusedError(MFA_UNAVAILABLE_MESSAGE, error.code);
      throw error;
    }
  }

  /** Setting up an authenticator app, step one (with the `mfaToken` of MfaEnrolmentRequiredError): the secret to add to the app. */
  async startEnrolment(mfaToken: string): Promise<MfaEnrolment> {
    return this.send(() => this.client.mutate({ mutation: START_MFA_ENROLMENT, variables: { mfaToken }, context: ANONYMOUS }), 'startMfaEnrolment');
  }

  /**
   * Setting up an authenticator app, step two: the first code from the app. Signs in (admins only)
   * and answers with the recovery codes, which are shown this once.
   */
  async confirmEnrolment(mfaToken: string, code: string): Promise<{ session: StoredSession; recoveryCodes: string[] }> {
    const result = await this.send(
      () => this.client.mutate({ mutation: CONFIRM_MFA_ENROLMENT, variables: { input: { mfaToken, code: code.replace(/\s+/g, '') } }, context: ANONYMOUS }),
      'confirmMfaEnrolment',
    );
    return { session: await this.keepAdminSession(result.session), recoveryCodes: result.recoveryCodes };
  }

  /** The current session, if any and its refresh token still works. */
  current(): StoredSession | undefined {
    const session = this.store.get();
    if (!session) return undefined;
    if (Date.parse(session.refreshTokenExpiresAt) <= this.now()) {
      this.store.set(undefined);
      return undefined;
    }
    return session;
  }

  /** A working access token: the current one, or a new one when it expires within REFRESH_MARGIN_MS. */
  async accessToken(): Promise<string | undefined> {
    const session = this.current();
    if (!session) return undefined;
    if (Date.parse(session.accessTokenExpiresAt) - this.now() > REFRESH_MARGIN_MS) return session.accessToken;
    return (await this.refresh())?.accessToken;
  }

  /** Exchanges the refresh token for a new session (once at a time: refresh tokens work once). */
  refresh(): Promise<StoredSession | undefined> {
    this.refreshing ??= (async () => {
      const session = this.current();
      if (!session) return undefined;
      try {
        const next = await this.send(
          () => this.client.mutate({ mutation: REFRESH_SESSION, variables: { refreshToken: session.refreshToken }, context: ANONYMOUS }),
          'refreshSession',
        );
        return this.keepAdminSession(next);
      } catch (error) {
        // A refused refresh token ends the session; a network failure leaves it for the next try.
        if (error instanceof SignInRefusedError) this.store.set(undefined);
        throw error;
      }
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Signs out: revokes the refresh token on accounts (best effort) and forgets the session. */
  async signOut(): Promise<void> {
    const session = this.store.get();
    this.store.set(undefined);
    if (!session) return;
    await this.revoke(session.refreshToken);
  }

  private async revoke(refreshToken: string): Promise<void> {
    try {
      await this.client.mutate({ mutation: LOGOUT, variables: { refreshToken }, context: ANONYMOUS });
    } catch {
      // Signing out locally must work even when the gateway cannot be reached.
    }
  }

  private async keepAdminSession(fields: SessionFields | null): Promise<StoredSession> {
    if (!fields?.user || !fields.accessToken || !fields.refreshToken) throw new SignInRefusedError('Signing in did not complete. Please try again.');
    if (fields.user.role !== 'ADMIN') {
      await this.revoke(fields.refreshToken);
      this.store.set(undefined);
      throw new SignInRefusedError(NOT_AN_ADMIN_MESSAGE, 'FORBIDDEN');
    }
    const session: StoredSession = {
      accessToken: fields.accessToken,
      accessTokenExpiresAt: fields.accessTokenExpiresAt,
      refreshToken: fields.refreshToken,
      refreshTokenExpiresAt: fields.refreshTokenExpiresAt,
      user: fields.user,
    };
    this.store.set(session);
    return session;
  }

  /** Runs a sign-in mutation and returns its field, turning GraphQL errors into SignInRefusedError. */
  private async send<T, K extends keyof T>(run: () => Promise<{ data?: T | null }>, field: K): Promise<NonNullable<T[K]>> {
    let result: { data?: T | null };
    try {
      result = await run();
    } catch (error) {
      const first = graphErrorsOf(error)[0];
      if (first) {
        const wait = first.retryAfterSeconds ? ` Try again in ${first.retryAfterSeconds} seconds.` : '';
        throw new SignInRefusedError(`${first.message}${wait}`, first.code);
      }
      throw new Error(`Caregraph cannot be reached right now. Check your connection and try again. (${(error as Error).message})`);
    }
    const value = result.data?.[field];
    if (value == null) throw new SignInRefusedError('Signing in did not complete. Please try again.');
    return value as NonNullable<T[K]>;
  }
}

import type { ApolloClient } from '@apollo/client';
import { ANONYMOUS } from '../graphql/client';
import { isUnanswered, type FriendlyError } from '../graphql/errors';
import type { SignUpInput } from '../gql/graphql';
import { COMPLETE_MFA_LOGIN, CONFIRM_MFA_ENROLMENT, LOGIN, LOGOUT, REFRESH_SESSION, SIGN_UP, START_MFA_ENROLMENT } from '../auth/operations';
import { AuthError, MfaEnrolmentRequiredError, MfaRequiredError } from './sign-in-errors';
import type { SessionStore, StoredSession } from './session-store';

/** Refresh the access token when less than this is left of it. */
export const REFRESH_MARGIN_MS = 60_000;

/** Which accounts call the app is making, for its words when one fails. */
export type AuthStep = 'signUp' | 'signIn' | 'completeMfa' | 'enrolment' | 'refresh';

/** What differs between the apps. */
export interface SessionManagerOptions {
  /** The app's words for what went wrong in `step` (what Apollo Client threw). */
  describe(error: unknown, step: AuthStep): FriendlyError;
  /** Only these roles may use the app: anyone else's new session is revoked at once and `refusal` shown. Absent: every role. */
  roles?: { allowed: readonly string[]; refusal: string };
  /**
   * When accounts insists on setting up an authenticator app first: `offer` it (signIn rejects with
   * MfaEnrolmentRequiredError), or refuse with `refusal` (the app has no screen for it).
   */
  enrolment: { offer: true } | { offer: false; refusal: string };
  /** The clock (tests move it). */
  now?: () => number;
}

/** What setting up an authenticator app shows: the secret to type in (or the otpauth link). */
export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
}

/** A new account; `role` is CLIENT unless the app says otherwise. */
export type SignUpDetails = Omit<SignUpInput, 'role'> & { role?: SignUpInput['role'] };

type SessionFields = Omit<StoredSession, 'user'> & { user: StoredSession['user'] | null };

/**
 * Sign-up answers the same for a registered address (no account enumeration), so signing in
 * afterwards is where a taken address shows: its owner has been mailed; say so, and no more.
 */
export const SIGNED_UP_ADDRESS_TAKEN: FriendlyError = {
  message: 'We have sent a message to this e-mail address. If you already have a Caregraph account, sign in with it, or reset your password if you have forgotten it.',
  code: 'UNAUTHENTICATED',
};

const INCOMPLETE: FriendlyError = { message: 'Signing in did not complete. Please try again.', code: 'INTERNAL_SERVER_ERROR' };

/**
 * Signing up, in and out against accounts, and keeping the access token fresh (integrator guide,
 * "Refreshing"): one refresh at a time, because each refresh token works once and presenting a used
 * one ends the session everywhere.
 */
export class SessionManager {
  private refreshing: Promise<StoredSession | undefined> | undefined;
  /** Sign-outs under way (see signingOut). */
  private endings = 0;
  private readonly now: () => number;

  constructor(
    private readonly client: ApolloClient,
    private readonly store: SessionStore,
    private readonly options: SessionManagerOptions,
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Opens an account with the consents given, then signs in with it. When signing in then fails,
   * the address already had an account (with another password): SIGNED_UP_ADDRESS_TAKEN.
   */
  async signUp(details: SignUpDetails): Promise<StoredSession> {
    const { displayName, email, password, consents, role = 'CLIENT' } = details;
    await this.send(
      () => this.client.mutate({ mutation: SIGN_UP, variables: { input: { displayName: displayName.trim(), email: email.trim(), password, role, consents } }, context: ANONYMOUS }),
      'signUp',
      'signUp',
    );
    try {
      return await this.signIn(email, password);
    } catch (error) {
      if (error instanceof AuthError && error.friendly.code === 'UNAUTHENTICATED') throw new AuthError(SIGNED_UP_ADDRESS_TAKEN);
      throw error;
    }
  }

  /**
   * Step one: email and password. Resolves when signed in; rejects with MfaRequiredError when a code
   * is needed, and (when the app offers it) with MfaEnrolmentRequiredError when an authenticator app must be set up first.
   */
  async signIn(email: string, password: string): Promise<StoredSession> {
    const payload = await this.send(() => this.client.mutate({ mutation: LOGIN, variables: { input: { email: email.trim(), password } }, context: ANONYMOUS }), 'login', 'signIn');
    if (payload.mfaRequired || payload.mfaEnrolmentRequired) {
      if (!payload.mfaToken) throw new AuthError({ message: 'Signing in needs a second step that could not be started. Please try again.', code: 'INTERNAL_SERVER_ERROR' });
      if (payload.mfaEnrolmentRequired) {
        const { enrolment } = this.options;
        if (!enrolment.offer) throw new AuthError({ message: enrolment.refusal, code: 'FORBIDDEN' });
        throw new MfaEnrolmentRequiredError(payload.mfaToken);
      }
      throw new MfaRequiredError(payload.mfaToken);
    }
    return this.keep(payload as SessionFields);
  }

  /** Step two, when step one asked for it: the authenticator (TOTP) or recovery code. */
  async completeMfa(mfaToken: string, code: string): Promise<StoredSession> {
    const session = await this.send(
      () => this.client.mutate({ mutation: COMPLETE_MFA_LOGIN, variables: { mfaToken, code: code.replace(/\s+/g, '') }, context: ANONYMOUS }),
      'completeMfaLogin',
      'completeMfa',
    );
    return this.keep(session);
  }

  /** Setting up an authenticator app, step one (with the `mfaToken` of MfaEnrolmentRequiredError): the secret to add to the app. */
  async startEnrolment(mfaToken: string): Promise<MfaEnrolment> {
    return this.send(() => this.client.mutate({ mutation: START_MFA_ENROLMENT, variables: { mfaToken }, context: ANONYMOUS }), 'startMfaEnrolment', 'enrolment');
  }

  /**
   * Setting up an authenticator app, step two: the first code from the app. Signs in and answers with
   * the recovery codes, which are shown this once.
   */
  async confirmEnrolment(mfaToken: string, code: string): Promise<{ session: StoredSession; recoveryCodes: string[] }> {
    const result = await this.send(
      () => this.client.mutate({ mutation: CONFIRM_MFA_ENROLMENT, variables: { input: { mfaToken, code: code.replace(/\s+/g, '') } }, context: ANONYMOUS }),
      'confirmMfaEnrolment',
      'enrolment',
    );
    return { session: await this.keep(result.session), recoveryCodes: result.recoveryCodes };
  }

  /** The current session, if any and its refresh token has not expired. */
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

  /** Exchanges the refresh token for a new session, once at a time. A refused token ends the session. */
  refresh(): Promise<StoredSession | undefined> {
    this.refreshing ??= (async () => {
      const session = this.current();
      if (!session) return undefined;
      try {
        const next = await this.send(
          () => this.client.mutate({ mutation: REFRESH_SESSION, variables: { refreshToken: session.refreshToken }, context: ANONYMOUS }),
          'refreshSession',
          'refresh',
        );
        return await this.keep(next);
      } catch (error) {
        // Accounts refused the token: the session is over. No answer at all leaves it for the next try.
        if (error instanceof AuthError && !error.unanswered) this.store.set(undefined);
        throw error;
      }
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Signs out: revokes the refresh token on accounts (best effort) and forgets the session here. */
  async signOut(): Promise<void> {
    const session = this.store.get();
    this.endings += 1;
    try {
      this.store.set(undefined);
      if (session) await this.revoke(session.refreshToken);
    } finally {
      this.endings -= 1;
    }
  }

  /**
   * True while signOut() runs: the session ended because the person chose to sign out, so a screen for
   * signed-in people (RequireSignIn) shows nothing until the app has left it, instead of asking them to sign in again.
   */
  get signingOut(): boolean {
    return this.endings > 0;
  }

  /** Forgets the session without asking accounts (it ended there already, e.g. the account was just deleted). */
  forget(): void {
    this.store.set(undefined);
  }

  private async revoke(refreshToken: string): Promise<void> {
    try {
      await this.client.mutate({ mutation: LOGOUT, variables: { refreshToken }, context: ANONYMOUS });
    } catch {
      // Signing out here must work even when the gateway cannot be reached.
    }
  }

  private async keep(fields: SessionFields | null): Promise<StoredSession> {
    if (!fields?.user || !fields.accessToken || !fields.refreshToken) throw new AuthError(INCOMPLETE);
    const { roles } = this.options;
    if (roles && !roles.allowed.includes(fields.user.role)) {
      await this.revoke(fields.refreshToken);
      this.store.set(undefined);
      throw new AuthError({ message: roles.refusal, code: 'FORBIDDEN' });
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

  /** Runs an accounts mutation and returns its field, turning what went wrong into an AuthError in the app's words. */
  private async send<T, K extends keyof T>(run: () => Promise<{ data?: T | null }>, field: K, step: AuthStep): Promise<NonNullable<T[K]>> {
    let result: { data?: T | null };
    try {
      result = await run();
    } catch (error) {
      throw new AuthError(this.options.describe(error, step), isUnanswered(error));
    }
    const value = result.data?.[field];
    if (value == null) throw new AuthError(INCOMPLETE);
    return value as NonNullable<T[K]>;
  }
}

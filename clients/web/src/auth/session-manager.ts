import type { ApolloClient } from '@apollo/client';
import type { ConsentKind } from '../gql/graphql';
import { ANONYMOUS } from '../graphql/client';
import { describeError, type FriendlyError, type Situation } from '../graphql/errors';
import { COMPLETE_MFA_LOGIN, LOGIN, LOGOUT, REFRESH_SESSION, SIGN_UP } from './operations';
import type { SessionStore, StoredSession } from './session-store';

/** Refresh the access token when less than this is left of it. */
export const REFRESH_MARGIN_MS = 60_000;

/** Thrown by `signIn` when the password was right and a code from the person's authenticator app is needed next. */
export class MfaRequiredError extends Error {
  constructor(readonly mfaToken: string) {
    super('Enter the 6-digit code from your authenticator app.');
    this.name = 'MfaRequiredError';
  }
}

/** Thrown when signing up or in is refused: `friendly` holds the words to show, and the field at fault. */
export class AuthError extends Error {
  constructor(readonly friendly: FriendlyError) {
    super(friendly.message);
    this.name = 'AuthError';
  }
}

type SessionFields = Omit<StoredSession, 'user'> & { user: StoredSession['user'] | null };

export interface SignUpDetails {
  displayName: string;
  email: string;
  password: string;
  /** The consent document versions the person ticked. */
  consents: Array<{ kind: ConsentKind; version: string }>;
}

/**
 * Signing up, in and out against accounts, and keeping the access token fresh (integrator guide,
 * "Refreshing"): one refresh at a time, because each refresh token works once and presenting a used
 * one ends the session everywhere.
 */
export class SessionManager {
  private refreshing: Promise<StoredSession | undefined> | undefined;

  constructor(
    private readonly client: ApolloClient,
    private readonly store: SessionStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Opens a client account with the consents given, then signs in with it. */
  async signUp(details: SignUpDetails): Promise<StoredSession> {
    const { displayName, email, password, consents } = details;
    await this.send(() => this.client.mutate({ mutation: SIGN_UP, variables: { input: { displayName: displayName.trim(), email: email.trim(), password, role: 'CLIENT', consents } }, context: ANONYMOUS }), 'signUp', 'signUp');
    return this.signIn(email, password);
  }

  /** Email and password. Resolves when signed in; rejects with MfaRequiredError when a code is needed. */
  async signIn(email: string, password: string): Promise<StoredSession> {
    const payload = await this.send(() => this.client.mutate({ mutation: LOGIN, variables: { input: { email: email.trim(), password } }, context: ANONYMOUS }), 'login', 'signIn');
    if (payload.mfaRequired || payload.mfaEnrolmentRequired) {
      if (!payload.mfaToken || payload.mfaEnrolmentRequired) {
        throw new AuthError({ message: 'This account must sign in with two-step verification, which this app does not offer. Use the Caregraph dashboard for staff.', code: 'FORBIDDEN' });
      }
      throw new MfaRequiredError(payload.mfaToken);
    }
    return this.keep(payload as SessionFields);
  }

  /** Second step, when the first asked for it: the authenticator or recovery code. */
  async completeMfa(mfaToken: string, code: string): Promise<StoredSession> {
    const session = await this.send(() => this.client.mutate({ mutation: COMPLETE_MFA_LOGIN, variables: { mfaToken, code: code.replace(/\s+/g, '') }, context: ANONYMOUS }), 'completeMfaLogin', 'signIn');
    return this.keep(session);
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
        const next = await this.send(() => this.client.mutate({ mutation: REFRESH_SESSION, variables: { refreshToken: session.refreshToken }, context: ANONYMOUS }), 'refreshSession', 'load');
        return this.keep(next);
      } catch (error) {
        // The session is over when accounts refuses the token; a network failure leaves it for the next try.
        if (error instanceof AuthError && error.friendly.code !== 'NETWORK') this.store.set(undefined);
        throw error;
      }
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Signs out: ends the session on accounts (best effort) and forgets it here. */
  async signOut(): Promise<void> {
    const session = this.store.get();
    this.store.set(undefined);
    if (!session) return;
    try {
      await this.client.mutate({ mutation: LOGOUT, variables: { refreshToken: session.refreshToken }, context: ANONYMOUS });
    } catch {
      // Signing out here must work even when the gateway cannot be reached.
    }
  }

  /** Forgets the session without asking accounts (the account was just deleted: its sessions went with it). */
  forget(): void {
    this.store.set(undefined);
  }

  private keep(fields: SessionFields | null): StoredSession {
    if (!fields?.user || !fields.accessToken || !fields.refreshToken) throw new AuthError({ message: 'Signing in did not complete. Please try again.', code: 'INTERNAL_SERVER_ERROR' });
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

  /** Runs an accounts mutation and returns its field, turning what went wrong into an AuthError with words for people. */
  private async send<T, K extends keyof T>(run: () => Promise<{ data?: T | null }>, field: K, situation: Situation): Promise<NonNullable<T[K]>> {
    let result: { data?: T | null };
    try {
      result = await run();
    } catch (error) {
      throw new AuthError(describeError(error, situation));
    }
    const value = result.data?.[field];
    if (value == null) throw new AuthError({ message: 'Signing in did not complete. Please try again.', code: 'INTERNAL_SERVER_ERROR' });
    return value as NonNullable<T[K]>;
  }
}

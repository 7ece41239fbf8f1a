import type { AuthProvider } from 'ra-core';
import type { MfaEnrolment, SessionManager } from '@caregraph/client-kit';

/**
 * What the login page passes to `login`: the password step, the authenticator-code step, or (after
 * setting up an authenticator app, which signed in already) just carrying on into the dashboard.
 */
export type LoginParams = { email: string; password: string } | { mfaToken: string; code: string } | { enrolled: true };

/** react-admin's auth provider, plus setting up an authenticator app during sign-in. */
export interface CaregraphAuthProvider extends AuthProvider {
  /** Step one of setting up an authenticator app (after MfaEnrolmentRequiredError): the secret for the app. */
  startMfaEnrolment(mfaToken: string): Promise<MfaEnrolment>;
  /** Step two: the first code from the app. Signs in and answers with the recovery codes (shown once). */
  confirmMfaEnrolment(mfaToken: string, code: string): Promise<string[]>;
}

/**
 * react-admin's auth provider on accounts. `login` resolves once an ADMIN is signed in; it rejects
 * with MfaRequiredError (carrying the `mfaToken`) when the code from the authenticator app is needed
 * next, with MfaEnrolmentRequiredError when an admin has no authenticator app yet (set it up with
 * `startMfaEnrolment` and `confirmMfaEnrolment`, then `login({ enrolled: true })`), and with a
 * readable message otherwise. 401 from the graph signs out; 403 does not (the data provider's
 * message says what was refused).
 */
export function createAuthProvider(sessions: SessionManager): CaregraphAuthProvider {
  return {
    async login(params: LoginParams) {
      if ('enrolled' in params) {
        if (!sessions.current()) throw new Error('Setting up two-step verification did not sign you in. Please sign in again.');
      } else if ('mfaToken' in params) await sessions.completeMfa(params.mfaToken, params.code);
      else await sessions.signIn(params.email, params.password);
    },
    startMfaEnrolment: (mfaToken) => sessions.startEnrolment(mfaToken),
    async confirmMfaEnrolment(mfaToken, code) {
      return (await sessions.confirmEnrolment(mfaToken, code)).recoveryCodes;
    },
    async logout() {
      await sessions.signOut();
    },
    async checkAuth() {
      if (!sessions.current()) throw new Error('Please sign in.');
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        await sessions.signOut();
        throw new Error('Your session has ended. Please sign in again.');
      }
    },
    async getIdentity() {
      const session = sessions.current();
      if (!session) throw new Error('Please sign in.');
      return { id: session.user.id, fullName: session.user.displayName, email: session.user.email ?? undefined };
    },
    async getPermissions() {
      return sessions.current()?.user.role;
    },
  };
}

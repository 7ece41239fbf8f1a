import type { AuthProvider } from 'ra-core';
import { MfaRequiredError, type SessionManager } from './session-manager';

/** What the login page passes to `login`: the password step, or the authenticator-code step. */
export type LoginParams = { email: string; password: string } | { mfaToken: string; code: string };

/**
 * react-admin's auth provider on accounts. `login` resolves once an ADMIN is signed in; it rejects
 * with MfaRequiredError (carrying the `mfaToken`) when the code from the authenticator app is needed
 * next, and with a readable message otherwise. 401 from the graph signs out; 403 does not (the
 * data provider's message says what was refused).
 */
export function createAuthProvider(sessions: SessionManager): AuthProvider {
  return {
    async login(params: LoginParams) {
      if ('mfaToken' in params) await sessions.completeMfa(params.mfaToken, params.code);
      else await sessions.signIn(params.email, params.password);
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

export { MfaRequiredError };

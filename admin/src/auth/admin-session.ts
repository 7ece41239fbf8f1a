import { graphErrorsOf, type AuthStep, type FriendlyError, type SessionManagerOptions } from '@caregraph/client-kit';
import { AS_SENT } from '../graphql/errors';

// The dashboard's settings for the kit's session store and manager: its own storage key, admins
// only, setting up an authenticator app during sign-in, and the graph's own words for a refusal.

/** Where the dashboard keeps its session in sessionStorage. */
export const ADMIN_SESSION_KEY = 'caregraph.admin.session';

/** Shown when someone who is not an admin signs in. */
export const NOT_AN_ADMIN_MESSAGE = 'This dashboard is for Caregraph admins only. Your account is not an admin account, so you have not been signed in.';

/** Shown when accounts asks for a second factor the graph cannot take yet. */
export const MFA_UNAVAILABLE_MESSAGE =
  'Your account needs a code from your authenticator app, but this Caregraph platform cannot take it yet (its graph has no completeMfaLogin). Ask the platform team to update the gateway.';

/** A refused sign-in in the graph's words (written for admins), with the wait when rate-limited. */
export function describeSignInError(error: unknown, step: AuthStep): FriendlyError {
  const first = graphErrorsOf(error, AS_SENT)[0];
  if (!first) return { message: `Caregraph cannot be reached right now. Check your connection and try again. (${(error as Error).message})`, code: 'NETWORK' };
  if (step === 'completeMfa' && first.code === 'GRAPHQL_VALIDATION_FAILED') return { message: MFA_UNAVAILABLE_MESSAGE, code: first.code };
  const wait = first.retryAfterSeconds ? ` Try again in ${first.retryAfterSeconds} seconds.` : '';
  return { message: `${first.message}${wait}`, code: first.code ?? 'INTERNAL_SERVER_ERROR', field: first.field };
}

/** Only ADMIN sessions are kept: anyone else's is revoked at once. */
export const ADMIN_SESSIONS: SessionManagerOptions = {
  describe: describeSignInError,
  roles: { allowed: ['ADMIN'], refusal: NOT_AN_ADMIN_MESSAGE },
  enrolment: { offer: true },
};

import type { AuthStep, FriendlyError, SessionManagerOptions } from '@caregraph/client-kit';
import { describeError, type Situation } from '../graphql/errors';

// The client app's settings for the kit's session store and manager: its own storage key, words
// for people, and no screen for setting up an authenticator app (staff accounts use the dashboard).

/** Where the app keeps its session in sessionStorage. */
export const WEB_SESSION_KEY = 'caregraph.web.session';

const SITUATION: Record<AuthStep, Situation> = { signUp: 'signUp', signIn: 'signIn', completeMfa: 'signIn', enrolment: 'signIn', refresh: 'load' };

export const WEB_SESSIONS: SessionManagerOptions = {
  describe: (error: unknown, step: AuthStep): FriendlyError => describeError(error, SITUATION[step]),
  enrolment: { offer: false, refusal: 'This account must sign in with two-step verification, which this app does not offer. Use the Caregraph dashboard for staff.' },
};

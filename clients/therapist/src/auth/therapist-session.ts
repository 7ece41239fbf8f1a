import type { AuthStep, FriendlyError, SessionManagerOptions } from '@caregraph/client-kit';
import { describeError, type Situation } from '../graphql/errors';

// The workspace's settings for the kit's session store and manager: its own storage key, therapists
// only, and no screen for setting up an authenticator app (a code from one already set up is asked for).

/** Where the workspace keeps its session in sessionStorage. */
export const THERAPIST_SESSION_KEY = 'caregraph.therapist.session';

export const NOT_A_THERAPIST_MESSAGE =
  'This workspace is for therapists. Your account is not a therapist account, so you have not been signed in here. Clients use the Caregraph app; staff use the dashboard.';

const SITUATION: Record<AuthStep, Situation> = { signUp: 'signUp', signIn: 'signIn', completeMfa: 'signIn', enrolment: 'signIn', refresh: 'load' };

export const THERAPIST_SESSIONS: SessionManagerOptions = {
  describe: (error: unknown, step: AuthStep): FriendlyError => describeError(error, SITUATION[step]),
  roles: { allowed: ['THERAPIST'], refusal: NOT_A_THERAPIST_MESSAGE },
  enrolment: { offer: false, refusal: 'This account must set up two-step verification first, which this workspace does not offer. Contact Caregraph support.' },
};

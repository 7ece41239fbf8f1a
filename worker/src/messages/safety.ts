// Risk-flag messages: to the therapist at once, to every admin when nobody has acknowledged the flag in
// time. Clear that it is urgent, with no clinical detail at all: who, what and why are behind sign-in.
import { adminPaths, HOME_PATHS, therapistPaths } from './links';
import type { Writer } from './types';

const PRIVACY = 'To protect the client\u2019s privacy, this message has no details: sign in to see them.';

export const riskFlagRaised: Writer = (_facts, role) => ({
  subject: 'Urgent: a risk flag needs your attention',
  heading: 'A risk flag needs your attention',
  paragraphs: [
    'A risk flag has been raised on the care plan of one of your clients.',
    'Please look at it and acknowledge it as soon as you can, today if possible. A flag not acknowledged in time is passed to the Caregraph team.',
    PRIVACY,
  ],
  action: 'See the risk flag',
  // The therapist's Today screen lists open risk flags first and is where they are acknowledged.
  path: role === 'THERAPIST' ? therapistPaths.today : role === 'ADMIN' ? adminPaths.safety : HOME_PATHS[role],
});

export const riskFlagEscalated: Writer = (_facts, role) => ({
  subject: 'Urgent: a risk flag has not been acknowledged',
  heading: 'A risk flag has not been acknowledged',
  paragraphs: [
    'A risk flag raised on a care plan has not been acknowledged by the therapist in the expected time.',
    'Please look at it in the safety list and follow it up today.',
    PRIVACY,
  ],
  action: 'Open the safety list',
  path: role === 'ADMIN' ? adminPaths.safety : HOME_PATHS[role],
});

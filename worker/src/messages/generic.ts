// A kind the catalogue does not know yet still gets a calm, true message rather than a failure.
import { HOME_PATHS } from './links';
import type { Writer } from './types';

export const somethingNew: Writer = (_facts, role) => ({
  subject: 'There is something new for you',
  heading: 'There is something new for you',
  paragraphs: ['There is something new for you in Caregraph. Sign in to see it.'],
  action: 'Open Caregraph',
  path: HOME_PATHS[role],
});

// The waitlist: a client who asked to hear of an earlier time with a therapist is told one has opened.
// It can be turned off (a REMINDER), and it promises nothing: someone else may book the time first.
import { formatSentences, onWhen } from './booking-words';
import { idFact } from './facts';
import { clientPaths, HOME_PATHS } from './links';
import type { Writer } from './types';

export const waitlistSlotOpen: Writer = (facts, role) => {
  if (role !== 'CLIENT') {
    return { subject: 'A time opened in a diary', heading: 'A time opened in a diary', paragraphs: ['A time opened in a therapist’s diary.'], action: 'Open Caregraph', path: HOME_PATHS[role] };
  }
  // The therapist's page, where the client books, when we know which therapist; else the search.
  const therapistId = idFact(facts, 'therapistId');
  return {
    subject: 'An earlier time may be free with your therapist',
    heading: 'An earlier time may be free',
    paragraphs: [
      `A session${onWhen(facts)} has just become free with the therapist whose waitlist you joined.`,
      ...formatSentences(facts),
      'Times go to whoever books first, so it may already be taken. You stay on the waitlist until you leave it.',
    ],
    action: therapistId ? 'See their free times' : 'Find a therapist',
    path: therapistId ? clientPaths.therapist(therapistId) : clientPaths.home,
  };
};

// Around a session: the reminder before it (both people) and the check-in invitation after it (the
// client). Both can be turned off, so they stay light: a nudge, never a demand.
import { bookingsLink, formatSentences } from './booking-words';
import { idFact, oneOfFact, timeFact } from './facts';
import { clientPaths, HOME_PATHS } from './links';
import type { Writer } from './types';

export const sessionReminder: Writer = (facts, role) => {
  const when = timeFact(facts, 'startsAt');
  if (role === 'CLIENT') {
    return {
      subject: when ? `Reminder: your session on ${when}` : 'Reminder: your session is coming up',
      heading: 'Your session is coming up',
      paragraphs: [
        when ? `Just a friendly reminder that you have a session on ${when}.` : 'Just a friendly reminder that you have a session coming up.',
        ...formatSentences(facts),
        'If you need to change it, you can do that from your bookings.',
      ],
      ...bookingsLink(role, facts),
    };
  }
  return {
    subject: when ? `Reminder: session on ${when}` : 'Reminder: a session is coming up',
    heading: 'A session is coming up',
    paragraphs: [when ? `You have a session with a client on ${when}.` : 'You have a session with a client coming up.', ...formatSentences(facts)],
    ...bookingsLink(role, facts),
  };
};

/** The questionnaires the client's check-in page takes (clients/web/src/care-plan/questionnaires.ts). */
const QUESTIONNAIRES = ['PHQ9', 'GAD7'] as const;

export const checkInInvitation: Writer = (facts, role) => {
  if (role !== 'CLIENT') {
    return { subject: 'A check-in invitation was sent', heading: 'A check-in invitation was sent', paragraphs: ['A client has been invited to a short check-in after their session.'], action: 'Open Caregraph', path: HOME_PATHS[role] };
  }
  // The check-in page itself when the plan and questionnaire are known; else the care plan, which lists them.
  const carePlanId = idFact(facts, 'carePlanId');
  const questionnaire = oneOfFact(facts, 'questionnaire', QUESTIONNAIRES) ?? oneOfFact(facts, 'questionnaireKind', QUESTIONNAIRES);
  const deepLink = carePlanId && questionnaire ? clientPaths.checkIn(carePlanId, questionnaire) : undefined;
  return {
    subject: 'How are you getting on?',
    heading: 'A short check-in, when you are ready',
    paragraphs: [
      'Thank you for your session.',
      'When you have a few quiet minutes, a short check-in helps you and your therapist see how things are going. There are no right or wrong answers, and it is entirely up to you.',
    ],
    action: deepLink ? 'Start the check-in' : 'Open my care plan',
    path: deepLink ?? clientPaths.carePlan,
  };
};

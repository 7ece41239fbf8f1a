// Booking messages: a request to the therapist; the answer, a cancellation or a move to the other party.
// They say what happened and when, never who (no names) or why (no reasons).
import { bookingsLink, formatSentences, onWhen } from './booking-words';
import { flagFact, idFact, oneOfFact, timeFact } from './facts';
import { clientPaths } from './links';
import type { Writer } from './types';

export const bookingRequested: Writer = (facts, role) => {
  if (role !== 'THERAPIST') {
    return { subject: 'A new session request', heading: 'A new session request', paragraphs: [`A session has been requested${onWhen(facts)}.`, ...formatSentences(facts)], ...bookingsLink(role, facts) };
  }
  return {
    subject: 'New session request',
    heading: 'You have a new session request',
    paragraphs: [`A client has asked to book a session with you${onWhen(facts)}.`, ...formatSentences(facts), 'Please accept or decline it when you can, so they know where they stand.'],
    ...bookingsLink(role, facts),
    action: 'See the request',
  };
};

export const bookingConfirmed: Writer = (facts, role) => ({
  subject: role === 'CLIENT' ? 'Your session is confirmed' : 'A session is confirmed',
  heading: role === 'CLIENT' ? 'Your session is confirmed' : 'A session is confirmed',
  paragraphs: [
    role === 'CLIENT' ? `Your therapist has confirmed your session${onWhen(facts)}.` : `A session${onWhen(facts)} has been confirmed.`,
    ...formatSentences(facts),
    ...(role === 'CLIENT' ? ['You can see the details, or change your plans, in your bookings.'] : []),
  ],
  ...bookingsLink(role, facts),
});

export const bookingDeclined: Writer = (facts, role) => {
  if (role !== 'CLIENT') {
    return { subject: 'A session request was declined', heading: 'A session request was declined', paragraphs: [`A session request${forWhen(facts)} was declined.`], ...bookingsLink(role, facts) };
  }
  // The client chooses another time on the same therapist's page when we know which one.
  const therapistId = idFact(facts, 'therapistId');
  return {
    subject: 'About your session request',
    heading: 'About your session request',
    paragraphs: [
      `Your therapist is not able to take your session request${forWhen(facts)}.`,
      'This happens for all sorts of everyday reasons, and it is nothing you have done. You are welcome to choose another time, or another therapist, whenever you are ready.',
    ],
    action: therapistId ? 'Choose another time' : 'Find a therapist',
    path: therapistId ? clientPaths.therapist(therapistId) : clientPaths.home,
  };
};

const CANCELLERS = ['CLIENT', 'THERAPIST', 'ADMIN'] as const;

export const bookingCancelled: Writer = (facts, role) => {
  const by = oneOfFact(facts, 'cancelledBy', CANCELLERS);
  const on = onWhen(facts);
  const late = flagFact(facts, 'late');
  if (role === 'CLIENT') {
    const what = by === 'THERAPIST' ? `Your therapist has cancelled your session${on}.` : by === 'ADMIN' ? `The Caregraph team has cancelled your session${on}.` : `Your session${on} has been cancelled.`;
    return {
      subject: 'Your session has been cancelled',
      heading: 'Your session has been cancelled',
      paragraphs: [what, ...(late && by !== 'CLIENT' ? ['We are sorry this comes at short notice.'] : []), 'You can book another time whenever you are ready.'],
      ...bookingsLink(role, facts),
    };
  }
  const what = by === 'CLIENT' ? `A client has cancelled their session${on}.` : by === 'ADMIN' ? `The Caregraph team has cancelled a session${on}.` : `A session${on} has been cancelled.`;
  return {
    subject: 'A session has been cancelled',
    heading: 'A session has been cancelled',
    paragraphs: [what, ...(late ? ['It was cancelled at short notice.'] : [])],
    ...bookingsLink(role, facts),
  };
};

export const bookingMoved: Writer = (facts, role) => {
  const from = timeFact(facts, 'previousStartsAt');
  const to = timeFact(facts, 'startsAt');
  const session = role === 'CLIENT' ? 'Your session' : 'A session';
  const what =
    from && to ? `${session} on ${from} has moved to ${to}.` : to ? `${session} has moved to ${to}.` : from ? `${session} on ${from} has moved to a new time.` : `${session} has moved to a new time.`;
  return {
    subject: role === 'CLIENT' ? 'Your session has moved' : 'A session has moved',
    heading: role === 'CLIENT' ? 'Your session has a new time' : 'A session has a new time',
    paragraphs: [what, ...formatSentences(facts), ...(role === 'CLIENT' ? ['If the new time does not suit you, you can see your options in your bookings.'] : [])],
    ...bookingsLink(role, facts),
  };
};

/** " for Tuesday 8 December at 10:00", or nothing when the time is not known. */
function forWhen(facts: Record<string, unknown>): string {
  const when = timeFact(facts, 'startsAt');
  return when ? ` for ${when}` : '';
}

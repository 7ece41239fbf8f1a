// Words and links the booking and session messages share: a session's time and format, and the
// bookings page of the recipient's app.
import { idFact, oneOfFact, timeFact } from './facts';
import { adminPaths, clientPaths, therapistPaths } from './links';
import type { RecipientRole } from './types';

type Facts = Record<string, unknown>;

const FORMAT_SENTENCES = {
  ONLINE: 'It is an online session.',
  HOME_VISIT: 'It is a home visit.',
  CLINIC: 'It is at the clinic.',
} as const;
const FORMATS = Object.keys(FORMAT_SENTENCES) as Array<keyof typeof FORMAT_SENTENCES>;

/** "It is an online session." for a known format; nothing for an unknown or missing one. */
export function formatSentences(facts: Facts): string[] {
  const format = oneOfFact(facts, 'format', FORMATS);
  return format ? [FORMAT_SENTENCES[format]] : [];
}

/** " on Tuesday 8 December at 10:00", or nothing when the time is not known. */
export function onWhen(facts: Facts, key = 'startsAt'): string {
  const when = timeFact(facts, key);
  return when ? ` on ${when}` : '';
}

/** The bookings page of the recipient's app and the button's words (an admin opens the booking itself when its id is known). */
export function bookingsLink(role: RecipientRole, facts: Facts): { action: string; path: string } {
  if (role === 'CLIENT') return { action: 'See my bookings', path: clientPaths.bookings };
  if (role === 'THERAPIST') return { action: 'Open your bookings', path: therapistPaths.bookings };
  const bookingId = idFact(facts, 'bookingId');
  return bookingId ? { action: 'Open the booking', path: adminPaths.booking(bookingId) } : { action: 'Open the bookings', path: adminPaths.bookings };
}

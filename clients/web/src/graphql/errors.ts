// Turns what the graph answers into words a person understands. Program against `extensions.code`
// and `extensions.field` (the catalogue in docs/architecture.md#errors), never the server's message: the
// graph's messages are written for integrators ("startsAt is in the past."), not for a client.
import { ServerError } from '@apollo/client/errors';
import { graphErrorsOf, type FriendlyError, type GraphError } from '@caregraph/client-kit';

/** Where the error happened: the same code means different things on different screens. */
export type Situation = 'load' | 'search' | 'signIn' | 'signUp' | 'book' | 'reschedule' | 'cancel' | 'export' | 'delete' | 'consent' | 'verifyEmail' | 'resetPassword' | 'waitlist' | 'gpLetter' | 'share';

export const MESSAGES = {
  offline: 'We cannot reach Caregraph right now. Check your internet connection and try again.',
  internal: 'Something went wrong on our side. Please try again in a moment.',
  overloaded: 'Caregraph is very busy at the moment, so this was not done and nothing has changed. We tried again a few times for you; please try again in a few minutes.',
  sessionEnded: 'Your session has ended. Please sign in again.',
  wrongCredentials: 'The e-mail address or password is not right. Check them and try again.',
  slotTaken: 'Sorry, someone else has just booked this time. Please choose another time.',
  slotUnavailable: 'This time can no longer be booked: it may be too soon, too far ahead or outside the therapist’s hours. Please choose another time.',
  consentNeeded:
    'Before you can book, we need your consent to use information about your health. You can give it on the “My data” page, then come back to book.',
  clientsOnly: 'Only client accounts can book sessions. You are signed in with a different kind of account.',
  notFound: 'We could not find this. It may have been removed, or the link may be out of date.',
  wrongPassword: 'That password is not right. Enter the password you sign in with.',
  therapistNotBooking: 'This therapist is not taking bookings at the moment. Please choose another therapist.',
  formatNotOffered: 'This therapist does not offer this kind of session. Please choose another.',
  outsideArea: 'This therapist does not visit your area. Choose an online session, or search for a therapist nearer to you.',
  postcode: 'Enter your full postcode, like LS6 2AB.',
  bookingChanged: 'This booking has changed since you opened the page, so it cannot be changed this way now. We have refreshed your bookings.',
  tooManyMoves: 'This session has already been moved twice, which is the most allowed. You can cancel it and book a new one.',
  linkExpired: 'This link has expired or has already been used. Ask for a new one.',
  staffAccount: 'Therapist and admin accounts are closed by Caregraph support. Please contact us.',
  alreadyWaiting: 'You are already on this therapist’s waitlist. To choose other dates, leave it first from “My bookings”.',
  tooManyWaitlists: 'You are on 5 waitlists already, which is the most allowed. Leave one from “My bookings” to join another.',
  gpLetterConsent:
    'Before you can send a referral letter, we need your consent to use information about your health. You can give it on the “My data” page.',
  waitlistConsent:
    'Before you can join a waitlist, we need your consent to use information about your health. You can give it on the “My data” page.',
} as const;

/** Words for a BAD_USER_INPUT error on `field` in `situation`, when the server's words are not for people. */
function inputMessage(situation: Situation, error: GraphError): FriendlyError {
  const field = error.field;
  const at = (message: string): FriendlyError => ({ message, code: 'BAD_USER_INPUT', field });
  if (situation === 'book' || situation === 'reschedule') {
    if (field === 'startsAt') return at(MESSAGES.slotUnavailable);
    if (field === 'postcode') return at(/outside/.test(error.message) ? MESSAGES.outsideArea : MESSAGES.postcode);
    if (field === 'format') return at(MESSAGES.formatNotOffered);
    if (field === 'therapistId') return at(MESSAGES.therapistNotBooking);
    if (field === 'note') return at('Your note is too long: keep it to 1,000 characters.');
  }
  if (situation === 'waitlist') {
    if (field === 'from') return at('Choose a first day from today onwards, within a year.');
    if (field === 'to') return at('Choose a last day on or after the first, at most 93 days later.');
    if (field === 'format') return at(MESSAGES.formatNotOffered);
    if (field === 'therapistId') return at(MESSAGES.therapistNotBooking);
  }
  if (situation === 'gpLetter') {
    if (field === 'letterDate') return at(/year/.test(error.message) ? 'The letter is more than a year old: ask your GP for a new one.' : 'Enter the date on the letter; it cannot be in the future.');
    if (field === 'dateOfBirth') return at(/16/.test(error.message) ? 'Caregraph sees people aged 16 and over.' : 'Enter your date of birth; it cannot be in the future.');
    if (field === 'therapistId') return at(MESSAGES.therapistNotBooking);
    if (field) return at(`Please check this field. ${error.message}`);
  }
  if (situation === 'cancel' && field === 'reason') return at('Tell your therapist briefly (up to 500 characters) why you are cancelling.');
  if (situation === 'signUp') {
    if (field === 'email') return at('Enter an e-mail address, like name@example.com.');
    if (field === 'password') return at('Choose a password of 8 to 256 characters.');
    if (field === 'displayName') return at('Enter a name of 1 to 100 characters.');
    if (field?.startsWith('consents')) return at('The terms have just been updated. Please reload the page and agree to the current versions.');
  }
  if (situation === 'delete' && field === 'password') return at(MESSAGES.wrongPassword);
  if ((situation === 'verifyEmail' || situation === 'resetPassword') && field === 'token') return at(MESSAGES.linkExpired);
  if (situation === 'resetPassword' && field === 'password') return at('Choose a password of 8 to 256 characters.');
  if (situation === 'search' && field === 'postcode') return at('We could not find that postcode. Check it, or try just the first part, like LS6.');
  if (situation === 'search' && field) return at(`Please check the search filters: ${error.message}`);
  return at(`Please check what you entered. ${error.message}`);
}

/**
 * The message for an error Apollo Client threw in `situation`. Codes from the catalogue get a
 * sentence written for the person at the screen; an error with no GraphQL payload is a network failure.
 */
export function describeError(error: unknown, situation: Situation): FriendlyError {
  const first = graphErrorsOf(error)[0];
  if (!first) {
    if (ServerError.is(error)) return { message: MESSAGES.internal, code: 'INTERNAL_SERVER_ERROR' };
    return { message: MESSAGES.offline, code: 'NETWORK' };
  }
  switch (first.code) {
    case 'BOOKING_CONFLICT':
      return { message: MESSAGES.slotTaken, code: first.code, field: 'startsAt' };
    case 'BAD_USER_INPUT':
      return inputMessage(situation, first);
    case 'UNAUTHENTICATED':
      return { message: situation === 'signIn' ? MESSAGES.wrongCredentials : MESSAGES.sessionEnded, code: first.code };
    case 'FORBIDDEN':
      if ((situation === 'book' || situation === 'reschedule') && /consent/i.test(first.message)) return { message: MESSAGES.consentNeeded, code: first.code };
      if (situation === 'waitlist' && /consent/i.test(first.message)) return { message: MESSAGES.waitlistConsent, code: first.code };
      if (situation === 'gpLetter' && /consent/i.test(first.message)) return { message: MESSAGES.gpLetterConsent, code: first.code };
      if (situation === 'book') return { message: MESSAGES.clientsOnly, code: first.code };
      if (situation === 'delete') return { message: MESSAGES.staffAccount, code: first.code };
      return { message: 'You are not allowed to do this with your account.', code: first.code };
    case 'NOT_FOUND':
      return { message: MESSAGES.notFound, code: first.code };
    case 'CONFLICT':
      if (situation === 'reschedule' && /most allowed/i.test(first.message)) return { message: MESSAGES.tooManyMoves, code: first.code };
      if (situation === 'cancel' || situation === 'reschedule') return { message: MESSAGES.bookingChanged, code: first.code };
      if (situation === 'waitlist') return { message: /most allowed/i.test(first.message) ? MESSAGES.tooManyWaitlists : MESSAGES.alreadyWaiting, code: first.code, field: 'therapistId' };
      return { message: 'This has changed since you opened the page. Reload it and try again.', code: first.code };
    case 'OVERLOADED':
      // Only after the kit's own tries: the busy notice was shown meanwhile.
      return { message: MESSAGES.overloaded, code: first.code };
    case 'RATE_LIMITED': {
      const wait = first.retryAfterSeconds;
      return { message: `Too many attempts in a short time. Please wait ${wait ? `${wait} second${wait === 1 ? '' : 's'}` : 'a minute'} and try again.`, code: first.code };
    }
    default:
      // INTERNAL_SERVER_ERROR and anything new: the server's detail is not for people.
      return { message: MESSAGES.internal, code: first.code ?? 'INTERNAL_SERVER_ERROR' };
  }
}

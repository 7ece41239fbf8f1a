// Turns what the graph answers into words a therapist understands. Programs against `extensions.code`
// and `extensions.field` (docs/architecture.md#errors), never the server's message, except where the
// graph's words name what to fix in a form (BAD_USER_INPUT on a field), which are shown beside that field.
import { ServerError } from '@apollo/client/errors';
import { graphErrorsOf, type FriendlyError } from '@caregraph/client-kit';

/** Where the error happened: the same code means different things on different screens. */
export type Situation = 'load' | 'signIn' | 'signUp' | 'confirm' | 'decline' | 'cancel' | 'reschedule' | 'complete' | 'acknowledge' | 'carePlan' | 'save' | 'referral';

export const MESSAGES = {
  offline: 'We cannot reach Caregraph right now. Check your internet connection and try again.',
  internal: 'Something went wrong on our side. Please try again in a moment.',
  overloaded: 'Caregraph is very busy at the moment, so this was not done and nothing has changed. We tried again a few times for you; please try again in a few minutes.',
  sessionEnded: 'Your session has ended. Please sign in again.',
  wrongCredentials: 'The e-mail address or password is not right. Check them and try again.',
  notFound: 'We could not find this. It may have been removed, or the link may be out of date.',
  forbidden: 'Your account is not allowed to do this.',
  changed: 'This has changed since you opened the page, so nothing was changed. We have loaded the latest version: check it and try again.',
  bookingChanged: 'This booking has changed since you opened the page, so nothing was changed. We have refreshed it: check it and try again.',
  referralChanged: 'This referral has changed since you opened the page (the referrer may have withdrawn it), so nothing was changed. We have refreshed the list.',
} as const;

/** The message for an error Apollo Client threw in `situation`, with the field it belongs to (if any). */
export function describeError(error: unknown, situation: Situation): FriendlyError {
  const first = graphErrorsOf(error)[0];
  if (!first) {
    if (ServerError.is(error)) return { message: MESSAGES.internal, code: 'INTERNAL_SERVER_ERROR' };
    return { message: MESSAGES.offline, code: 'NETWORK' };
  }
  switch (first.code) {
    case 'BAD_USER_INPUT':
      return { message: first.message, code: first.code, field: first.field };
    case 'UNAUTHENTICATED':
      return { message: situation === 'signIn' ? MESSAGES.wrongCredentials : MESSAGES.sessionEnded, code: first.code };
    case 'FORBIDDEN':
      return { message: MESSAGES.forbidden, code: first.code };
    case 'NOT_FOUND':
      return { message: MESSAGES.notFound, code: first.code };
    case 'CONFLICT':
      if (['confirm', 'decline', 'cancel', 'reschedule', 'complete'].includes(situation)) return { message: MESSAGES.bookingChanged, code: first.code, field: first.field };
      if (situation === 'referral') return { message: MESSAGES.referralChanged, code: first.code, field: first.field };
      return { message: MESSAGES.changed, code: first.code, field: first.field };
    case 'BOOKING_CONFLICT':
      return { message: 'That time is already taken. Choose another time.', code: first.code, field: 'startsAt' };
    case 'OVERLOADED':
      // Only after the kit's own tries: the busy notice was shown meanwhile.
      return { message: MESSAGES.overloaded, code: first.code };
    case 'RATE_LIMITED': {
      const wait = first.retryAfterSeconds;
      return { message: `Too many attempts in a short time. Please wait ${wait ? `${wait} second${wait === 1 ? '' : 's'}` : 'a minute'} and try again.`, code: first.code };
    }
    default:
      return { message: MESSAGES.internal, code: first.code ?? 'INTERNAL_SERVER_ERROR' };
  }
}

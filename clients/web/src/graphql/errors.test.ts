/**
 * @jest-environment node
 */
// What a person reads for each answer of the graph's error catalogue (docs/architecture.md#errors), on
// each screen. The errors are built as Apollo Client 4 builds them from a gateway answer.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describeError, MESSAGES, type Situation } from './errors';

const graphError = (code: string, message = 'server words', extra: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, ...extra } }] });

const httpError = (status: number, body: unknown) =>
  new ServerError(`Response not successful: Received status code ${status}`, {
    response: new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
    bodyText: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('words for people', () => {
  it('tells the second person to a slot that it has just gone, whether booking or moving', () => {
    const conflict = graphError('BOOKING_CONFLICT', 'This time has just been booked by someone else.', { field: 'startsAt' });
    for (const situation of ['book', 'reschedule'] as Situation[]) {
      expect(describeError(conflict, situation)).toEqual({ message: MESSAGES.slotTaken, code: 'BOOKING_CONFLICT', field: 'startsAt' });
    }
  });

  it.each<[string, string, RegExp]>([
    ['startsAt', 'startsAt is too soon: this therapist takes bookings at least 24 hours ahead.', /can no longer be booked/],
    ['postcode', 'postcode: LS6 2AB is outside the area this therapist visits.', /does not visit your area/],
    ['postcode', 'postcode is required for a home visit.', /full postcode/],
    ['format', 'format: this therapist does not offer HOME_VISIT sessions.', /does not offer this kind of session/],
    ['therapistId', 'therapistId: this therapist is not taking bookings at the moment.', /not taking bookings/],
    ['note', 'note must be shorter', /1,000 characters/],
  ])('explains a refused booking on %s ("%s")', (field, server, words) => {
    const friendly = describeError(graphError('BAD_USER_INPUT', server, { field }), 'book');
    expect(friendly.message).toMatch(words);
    expect(friendly.message).not.toContain(server);
    expect(friendly.field).toBe(field);
  });

  it('sends a person without health-data consent to give it, and a therapist away from booking', () => {
    expect(describeError(graphError('FORBIDDEN', 'No health-data consent on record'), 'book').message).toBe(MESSAGES.consentNeeded);
    expect(describeError(graphError('FORBIDDEN', 'Only clients can book'), 'book').message).toBe(MESSAGES.clientsOnly);
  });

  it('says "wrong e-mail or password" when signing in, "session ended" elsewhere', () => {
    expect(describeError(graphError('UNAUTHENTICATED'), 'signIn').message).toBe(MESSAGES.wrongCredentials);
    expect(describeError(graphError('UNAUTHENTICATED'), 'load').message).toBe(MESSAGES.sessionEnded);
  });

  it('names the field at fault on the sign-up form', () => {
    expect(describeError(graphError('BAD_USER_INPUT', 'Invalid value for input.password', { field: 'input.password' }), 'signUp').field).toBe('password');
  });

  it('explains a booking that changed meanwhile, and the limit on moves', () => {
    expect(describeError(graphError('CONFLICT', 'The booking is CANCELLED'), 'cancel').message).toBe(MESSAGES.bookingChanged);
    expect(describeError(graphError('CONFLICT', 'This booking was already moved 2 times, the most allowed. Cancel it and book again.'), 'reschedule').message).toBe(MESSAGES.tooManyMoves);
  });

  it('asks for the right password before deleting an account, and sends staff to support', () => {
    expect(describeError(graphError('BAD_USER_INPUT', 'The password is not right.', { field: 'password' }), 'delete')).toMatchObject({ message: MESSAGES.wrongPassword, field: 'password' });
    expect(describeError(graphError('FORBIDDEN', 'Therapist and admin accounts…'), 'delete').message).toBe(MESSAGES.staffAccount);
  });

  it('says how long to wait when rate limited', () => {
    expect(describeError(graphError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 30 }), 'signIn').message).toBe('Too many attempts in a short time. Please wait 30 seconds and try again.');
    expect(describeError(graphError('RATE_LIMITED'), 'search').message).toMatch(/wait a minute/);
  });

  it('says calmly that Caregraph was too busy, and nothing changed, once the tries for an OVERLOADED refusal are used up', () => {
    const refusal = httpError(503, { errors: [{ message: 'Overloaded: try again after 2 seconds.', extensions: { code: 'OVERLOADED', retryAfterSeconds: 2 } }] });
    for (const situation of ['book', 'cancel', 'search'] as Situation[]) {
      expect(describeError(refusal, situation)).toEqual({ message: MESSAGES.overloaded, code: 'OVERLOADED' });
    }
    expect(MESSAGES.overloaded).toMatch(/nothing has changed/);
  });

  it('never shows the server detail of an internal error, nor of a code it does not know', () => {
    expect(describeError(graphError('INTERNAL_SERVER_ERROR', 'relation "bookings" does not exist'), 'book').message).toBe(MESSAGES.internal);
    expect(describeError(graphError('SOMETHING_NEW', 'detail'), 'load').message).toBe(MESSAGES.internal);
    expect(describeError(httpError(503, 'Service Unavailable'), 'load').message).toBe(MESSAGES.internal);
  });

  it('tells the person to check their connection when nothing answered', () => {
    expect(describeError(new TypeError('Failed to fetch'), 'search')).toEqual({ message: MESSAGES.offline, code: 'NETWORK' });
  });

  it('explains an expired e-mail link', () => {
    expect(describeError(graphError('BAD_USER_INPUT', 'token unknown', { field: 'token' }), 'verifyEmail').message).toBe(MESSAGES.linkExpired);
  });
});

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError, MESSAGES } from './errors';

const graphError = (code: string, message = 'x', field?: string) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });

describe('errors in words for therapists', () => {
  it('keeps the field of a BAD_USER_INPUT error so the form shows it beside the field', () => {
    expect(describeError(graphError('BAD_USER_INPUT', 'action must say what you did, in 5 to 2000 characters.', 'action'), 'acknowledge')).toEqual({
      message: 'action must say what you did, in 5 to 2000 characters.',
      code: 'BAD_USER_INPUT',
      field: 'action',
    });
  });

  it('explains a booking that changed meanwhile, and a wrong password on sign-in', () => {
    expect(describeError(graphError('CONFLICT'), 'confirm').message).toBe(MESSAGES.bookingChanged);
    expect(describeError(graphError('UNAUTHENTICATED'), 'signIn').message).toBe(MESSAGES.wrongCredentials);
    expect(describeError(new Error('Failed to fetch'), 'load').code).toBe('NETWORK');
  });

  it('says calmly that Caregraph was too busy, and nothing changed, once the tries for an OVERLOADED refusal are used up', () => {
    expect(describeError(graphError('OVERLOADED', 'Overloaded: try again after 2 seconds.'), 'acknowledge')).toEqual({ message: MESSAGES.overloaded, code: 'OVERLOADED' });
  });
});

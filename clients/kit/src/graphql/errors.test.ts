/**
 * @jest-environment node
 */
// Reading the graph's error catalogue out of what Apollo Client 4 throws for a gateway answer.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { graphErrorsOf, isUnanswered } from './errors';

const graphError = (code: string, message = 'server words', extra: Record<string, unknown> = {}) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code, ...extra } }] });

const httpError = (status: number, body: unknown) =>
  new ServerError(`Response not successful: Received status code ${status}`, {
    response: new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
    bodyText: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('reading the errors out of what Apollo Client threw', () => {
  it('keeps code, field (without the argument name) and retryAfterSeconds', () => {
    expect(graphErrorsOf(graphError('BAD_USER_INPUT', 'x', { field: 'input.postcode' }))).toEqual([{ message: 'x', code: 'BAD_USER_INPUT', field: 'postcode', retryAfterSeconds: undefined }]);
  });

  it('reads the errors from a non-2xx answer (401, 429 from the gateway)', () => {
    const limited = httpError(429, { errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12 } }] });
    expect(graphErrorsOf(limited)[0]).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 12 });
    expect(graphErrorsOf(httpError(401, 'Unauthorized'))[0].code).toBe('UNAUTHENTICATED');
    expect(graphErrorsOf(httpError(502, '<html>bad gateway</html>'))[0].code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('finds nothing in a network failure', () => {
    expect(graphErrorsOf(new TypeError('Failed to fetch'))).toEqual([]);
  });

  it('reads errors as sent when asked (the dashboard names fields with their argument, and says which status a 5xx was)', () => {
    const asSent = { argumentNames: true, serverFailures: false };
    expect(graphErrorsOf(graphError('BAD_USER_INPUT', 'x', { field: 'filter.statuses[0]' }), asSent)[0].field).toBe('filter.statuses[0]');
    expect(graphErrorsOf(httpError(502, '<html>bad gateway</html>'), asSent)).toEqual([]);
    expect(graphErrorsOf(httpError(500, { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }), asSent)[0].code).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('telling "no answer" from "refused"', () => {
  it('has no answer when the network fails or a 5xx carries no GraphQL errors', () => {
    expect(isUnanswered(new TypeError('Failed to fetch'))).toBe(true);
    expect(isUnanswered(httpError(502, '<html>bad gateway</html>'))).toBe(true);
  });

  it('has an answer when the graph sent errors, or refused by status', () => {
    expect(isUnanswered(graphError('UNAUTHENTICATED'))).toBe(false);
    expect(isUnanswered(httpError(401, 'Unauthorized'))).toBe(false);
    expect(isUnanswered(httpError(429, { errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] }))).toBe(false);
    expect(isUnanswered(httpError(500, { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }))).toBe(false);
  });
});

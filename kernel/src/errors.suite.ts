import { GraphQLError } from 'graphql';
import { ConflictError, INTERNAL_ERROR_MESSAGE, NotFoundError, REQUEST_STOPPED_MESSAGE, toClientError, UserInputError, variableErrorField } from './errors';
import { RequestStoppedError } from './http/deadline';

const format = (error: GraphQLError) => toClientError(error.toJSON(), error);

describe('toClientError', () => {
  it('keeps catalogue errors with their code and field, without a stack trace', () => {
    const error = new GraphQLError('x', {
      originalError: new UserInputError('hcpcNumber', 'HCPC numbers look like OT12345.'),
      extensions: { code: 'BAD_USER_INPUT', field: 'hcpcNumber', stacktrace: ['at secret.ts:1'] },
    });
    const result = format(error);
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'hcpcNumber' });
  });

  it('passes NOT_FOUND and CONFLICT through', () => {
    expect(format(new NotFoundError('Therapist', 'abc')).extensions?.code).toBe('NOT_FOUND');
    expect(format(new ConflictError('Slot taken', 'BOOKING_CONFLICT')).extensions?.code).toBe('BOOKING_CONFLICT');
  });

  it('hides unexpected errors behind a generic INTERNAL_SERVER_ERROR', () => {
    const error = new GraphQLError('select * from users where password = ...', {
      originalError: new Error('select * from users where password = ...'),
    });
    expect(format(error)).toMatchObject({ message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('says a request stopped at its deadline was stopped and changed nothing, with no detail of where', () => {
    const stopped = new GraphQLError('select pg_sleep(5)', { originalError: new RequestStoppedError('deadline') });
    expect(format(stopped)).toEqual({ message: REQUEST_STOPPED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', unavailable: true } });
  });

  it('keeps the fixed "unavailable" message of a call through the graph that went unanswered, and nothing else', () => {
    const down = new GraphQLError('A part of the service is unavailable right now.', { extensions: { code: 'INTERNAL_SERVER_ERROR', unavailable: true, stacktrace: ['at x.js:1'] } });
    expect(format(down)).toEqual({ message: 'A part of the service is unavailable right now.', extensions: { code: 'INTERNAL_SERVER_ERROR', unavailable: true } });
    const other = new GraphQLError('connect ECONNREFUSED 10.0.0.5:5432', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(format(other).message).toBe(INTERNAL_ERROR_MESSAGE);
  });

  it('turns argument validation failures into BAD_USER_INPUT naming the field', () => {
    const original = Object.assign(new Error('Argument Validation Error'), {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          { property: 'input', children: [{ property: 'email', constraints: { isEmail: 'email must be an email' } }] },
        ],
      },
    });
    const result = format(new GraphQLError('Argument Validation Error', { originalError: original }));
    expect(result.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(result.message).toContain('input.email');
  });

  it('names the field of a variable the schema refuses (unknown enum value, wrong type, missing)', () => {
    const refused = (message: string) => format(new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } }));
    expect(refused('Variable "$sort" got invalid value "FEE" at "sort.field"; Value "FEE" does not exist in "AdminTherapistSortField" enum.').extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'sort.field',
    });
    expect(variableErrorField('Variable "$filter" got invalid value "LIVE" at "filter.statuses[0]"; Value "LIVE" does not exist in "ListingStatus" enum.')).toBe('filter.statuses[0]');
    expect(variableErrorField('Variable "$limit" got invalid value "ten"; Int cannot represent non-integer value: "ten"')).toBe('limit');
    expect(variableErrorField('Variable "$id" of required type "ID!" was not provided.')).toBe('id');
    expect(variableErrorField('Something else')).toBeUndefined();
  });

  it('maps a unique-constraint violation to CONFLICT without the SQL', () => {
    const original = Object.assign(new Error('insert into "therapists" ... duplicate key'), { name: 'UniqueConstraintViolationException' });
    const result = format(new GraphQLError('insert into ...', { originalError: original }));
    expect(result.extensions?.code).toBe('CONFLICT');
    expect(result.message).not.toContain('insert');
  });

  it('maps raw PostgreSQL constraint errors by SQLSTATE', () => {
    const raw = (code: string) => format(new GraphQLError('x', { originalError: Object.assign(new Error('violates'), { code }) }));
    expect(raw('23505').extensions?.code).toBe('CONFLICT');
    expect(raw('23514').extensions?.code).toBe('BAD_USER_INPUT');
    expect(raw('23P01').extensions?.code).toBe('CONFLICT');
  });
});

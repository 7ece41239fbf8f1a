import { operationTypeOf, Priority, priorityOf } from './priority';

describe('request priority', () => {
  it('reads the operation type from the document, by operation name when there are several', () => {
    expect(operationTypeOf('{ searchTherapists { totalCount } }')).toBe('query');
    expect(operationTypeOf('query Search { searchTherapists { totalCount } }')).toBe('query');
    expect(operationTypeOf('mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }')).toBe('mutation');
    expect(operationTypeOf('# mutation in a comment\nquery A { me { id } }')).toBe('query');
    expect(operationTypeOf('query A { therapist(id: "mutation") { id } }')).toBe('query');
    const two = 'query Mine { myBookings { id } }\nmutation Cancel($id: ID!) { cancelBooking(id: $id) { id } }';
    expect(operationTypeOf(two, 'Cancel')).toBe('mutation');
    expect(operationTypeOf(two, 'Mine')).toBe('query');
    expect(operationTypeOf(two, 'Other')).toBeUndefined();
    expect(operationTypeOf('not graphql')).toBeUndefined();
  });

  it('puts writes (sign-in included) first, then signed-in reads, then anonymous reads; an unknown type is a read', () => {
    expect(priorityOf({ signedIn: false, operationType: 'mutation' })).toBe(Priority.WRITE);
    expect(priorityOf({ signedIn: true, operationType: 'mutation' })).toBe(Priority.WRITE);
    expect(priorityOf({ signedIn: true, operationType: 'query' })).toBe(Priority.SIGNED_IN_READ);
    expect(priorityOf({ signedIn: true, operationType: undefined })).toBe(Priority.SIGNED_IN_READ);
    expect(priorityOf({ signedIn: false, operationType: 'query' })).toBe(Priority.ANONYMOUS_READ);
    expect(priorityOf({ signedIn: false, operationType: undefined })).toBe(Priority.ANONYMOUS_READ);
  });
});

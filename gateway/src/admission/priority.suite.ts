import { operationTypeOf, Priority, priorityOf, rememberedOperationTypes } from './priority';

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

describe('operation types remembered by the admission gate', () => {
  const two = 'query Mine { myBookings { id } }\nmutation Cancel($id: ID!) { cancelBooking(id: $id) { id } }';

  it('answers as operationTypeOf does, the first time and after', () => {
    const typeOf = rememberedOperationTypes();
    for (let round = 0; round < 2; round++) {
      expect(typeOf(two, 'Cancel')).toBe('mutation');
      expect(typeOf(two, 'Mine')).toBe('query');
      expect(typeOf(two, undefined)).toBe('query');
      expect(typeOf('not graphql', undefined)).toBeUndefined();
    }
  });

  it('cannot be made to answer for another caller’s document by a made-up name and text sharing its key', () => {
    const typeOf = rememberedOperationTypes();
    // Name "Cancel\nquery Mine…" and a text that together spell the key of ("Cancel", two) if names could hold a line break.
    const [first, rest] = [two.slice(0, two.indexOf('\n')), two.slice(two.indexOf('\n') + 1)];
    expect(typeOf(rest, `Cancel\n${first}`)).toBeUndefined();
    expect(typeOf(first, undefined)).toBe('query');
    expect(typeOf(two, 'Cancel')).toBe('mutation');
  });

  it('keeps answering right once it has forgotten the oldest documents', () => {
    const typeOf = rememberedOperationTypes();
    expect(typeOf(two, 'Cancel')).toBe('mutation');
    for (let i = 0; i < 1500; i++) typeOf(`query Q${i} { me { id } }`, `Q${i}`);
    expect(typeOf(two, 'Cancel')).toBe('mutation');
    expect(typeOf('query Q1499 { me { id } }', 'Q1499')).toBe('query');
  });
});

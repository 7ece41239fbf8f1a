import { UserInputError } from '@caregraph/kernel';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from './pagination';

describe('connections', () => {
  it('defaults to 20 items from the start', () => {
    expect(pageWindow({})).toEqual({ limit: 20, offset: 0 });
  });

  it('continues after a cursor', () => {
    expect(pageWindow({ first: 5, after: encodeCursor(9) })).toEqual({ limit: 5, offset: 10 });
  });

  it.each([0, -1, 101, 2.5])('refuses first = %p naming the argument', (first) => {
    expect(() => pageWindow({ first })).toThrow(UserInputError);
    try {
      pageWindow({ first });
    } catch (error) {
      expect((error as UserInputError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow('The cursor is not valid.');
  });

  it('builds page info from a page and the total', () => {
    const page = toConnection(['c', 'd'], 5, 2);
    expect(page.edges.map((e) => e.node)).toEqual(['c', 'd']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(toConnection([], 0, 0).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});

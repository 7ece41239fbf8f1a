import { setBounded } from './bounded-map';

describe('setBounded', () => {
  it('keeps at most maxEntries, forgetting the oldest first', () => {
    const map = new Map<string, number>();
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) setBounded(map, key, i, 3);
    expect([...map]).toEqual([['b', 1], ['c', 2], ['d', 3]]);
  });

  it('replaces an existing key without forgetting another, and makes it the newest', () => {
    const map = new Map([['a', 0], ['b', 1], ['c', 2]]);
    setBounded(map, 'a', 9, 3);
    expect([...map]).toEqual([['b', 1], ['c', 2], ['a', 9]]);
  });
});

// The in-process store of the cache of public reads (a gateway without REDIS_URL): what it serves, for how
// long, how many answers it keeps, and that a purge holds even for an answer fetched before it.
import { MemoryResponseCache } from './store';

describe('the in-process cache of public reads', () => {
  afterEach(() => jest.useRealTimers());

  it('serves an answer written with its tags’ current generations, until its max-age', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-05T10:00:00Z') });
    const cache = new MemoryResponseCache(10);
    const first = await cache.read('search', ['directory']);
    expect(first).toEqual({ body: undefined, generations: ['0'] });
    await cache.write('search', '{"a":1}', first.generations!, 60);

    expect((await cache.read('search', ['directory'])).body).toBe('{"a":1}');
    jest.setSystemTime(new Date('2026-12-05T10:00:59Z'));
    expect((await cache.read('search', ['directory'])).body).toBe('{"a":1}');
    jest.setSystemTime(new Date('2026-12-05T10:01:00Z'));
    expect((await cache.read('search', ['directory'])).body).toBeUndefined();
  });

  it('never serves an answer fetched before a purge of one of its tags, even when written after it', async () => {
    const cache = new MemoryResponseCache(10);
    const before = await cache.read('profile', ['listing:1', 'times:1']);
    // A listing change purges while the answer is still being fetched.
    await cache.purge(['listing:1']);
    await cache.write('profile', '{"stale":true}', before.generations!, 300);
    const after = await cache.read('profile', ['listing:1', 'times:1']);
    expect(after).toEqual({ body: undefined, generations: ['1', '0'] });

    // Fetched afresh after the purge, it is served; a purge of another listing leaves it alone.
    await cache.write('profile', '{"fresh":true}', after.generations!, 300);
    await cache.purge(['listing:2']);
    expect((await cache.read('profile', ['listing:1', 'times:1'])).body).toBe('{"fresh":true}');
    await cache.purge(['times:1']);
    expect((await cache.read('profile', ['listing:1', 'times:1'])).body).toBeUndefined();
  });

  it('keeps at most its number of answers, dropping the least recently used first', async () => {
    const cache = new MemoryResponseCache(2);
    await cache.write('a', 'A', [], 300);
    await cache.write('b', 'B', [], 300);
    // Reading a makes b the least recently used.
    expect((await cache.read('a', [])).body).toBe('A');
    await cache.write('c', 'C', [], 300);
    expect((await cache.read('b', [])).body).toBeUndefined();
    expect((await cache.read('a', [])).body).toBe('A');
    expect((await cache.read('c', [])).body).toBe('C');
  });
});

import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import type { Caller } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { notificationsSubgraph } from '../subgraph';
import { insertInbox, insertNotification } from '../test/notification-factory';

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id kind title link createdAt readAt } }
  }
}`;
const COUNT = 'query { myUnreadNotificationCount }';
const MARK = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';

interface Node { id: string; kind: string; title: string; link: string; createdAt: string; readAt: string | null }
interface Page {
  myNotifications: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: Node }> };
}

const client = (): Caller => ({ userId: randomUUID(), roles: ['CLIENT'] });

describe('the in-app inbox', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(notificationsSubgraph);
  });
  afterAll(() => subgraph.stop());

  const unreadOf = async (caller: Caller) => (await subgraph.request<{ myUnreadNotificationCount: number }>(COUNT, {}, caller)).data!.myUnreadNotificationCount;
  const readAtOf = async (id: string) =>
    (await subgraph.db.orm.em.getConnection().execute<Array<{ read_at: Date | null }>>('select read_at from notifications where id = ?', [id]))[0].read_at;

  it('lists only your own notifications, newest first, in pages, with the total and the unread count', async () => {
    const me = client();
    const ids = await insertInbox(subgraph, me.userId!, 5);
    await insertInbox(subgraph, randomUUID(), 3);
    const first = await subgraph.request<Page>(LIST, { first: 2 }, me);
    expect(first.errors).toBeUndefined();
    const page = first.data!.myNotifications;
    expect(page.totalCount).toBe(5);
    expect(page.edges.map((e) => e.node.id)).toEqual([ids[4], ids[3]]);
    expect(page.edges[0].node).toMatchObject({ kind: 'BOOKING_CONFIRMED', title: 'Notice 4', link: expect.stringMatching(/^\/bookings\//), readAt: null });
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await subgraph.request<Page>(LIST, { first: 10, after: page.pageInfo.endCursor }, me);
    expect(rest.data!.myNotifications.edges.map((e) => e.node.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(rest.data!.myNotifications.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await unreadOf(me)).toBe(5);
  });

  it('lists only unread ones when asked, and defaults to 20 a page', async () => {
    const me = client();
    const ids = await insertInbox(subgraph, me.userId!, 23);
    await subgraph.request(MARK, { ids: [ids[22], ids[0]] }, me);
    const unread = await subgraph.request<Page>(LIST, { unreadOnly: true, first: 100 }, me);
    expect(unread.data!.myNotifications.totalCount).toBe(21);
    expect(unread.data!.myNotifications.edges.every((e) => e.node.readAt === null)).toBe(true);
    expect(unread.data!.myNotifications.edges[0].node.id).toBe(ids[21]);
    const all = await subgraph.request<Page>(LIST, {}, me);
    expect(all.data!.myNotifications.edges).toHaveLength(20);
    expect(all.data!.myNotifications.totalCount).toBe(23);
  });

  it('refuses a page size over 100 or under 1, and a cursor that is not one, naming the argument', async () => {
    const me = client();
    for (const [variables, field] of [[{ first: 101 }, 'first'], [{ first: 0 }, 'first'], [{ after: 'not-a-cursor' }, 'after']] as const) {
      const result = await subgraph.request(LIST, variables, me);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('marks your own notifications read and returns them in the order asked; one already read keeps its time', async () => {
    const me = client();
    const [a, b, c] = await insertInbox(subgraph, me.userId!, 3);
    const earlier = new Date(Date.UTC(2026, 0, 1));
    await subgraph.db.orm.em.getConnection().execute('update notifications set read_at = ? where id = ?', [earlier, c]);
    const result = await subgraph.request<{ markNotificationsRead: Array<{ id: string; readAt: string | null }> }>(MARK, { ids: [c, a, a] }, me);
    expect(result.errors).toBeUndefined();
    expect(result.data!.markNotificationsRead.map((n) => n.id)).toEqual([c, a]);
    expect(result.data!.markNotificationsRead[0].readAt).toBe(earlier.toISOString());
    expect(result.data!.markNotificationsRead[1].readAt).not.toBeNull();
    expect(await readAtOf(b)).toBeNull();
    expect(await unreadOf(me)).toBe(1);
  });

  it("answers NOT_FOUND naming someone else's notification, and marks nothing, not even your own", async () => {
    const me = client();
    const other = client();
    const [mine] = await insertInbox(subgraph, me.userId!, 1);
    const theirs = await insertNotification(subgraph, { userId: other.userId! });
    const result = await subgraph.request(MARK, { ids: [mine, theirs] }, me);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Notification', id: theirs });
    expect(result.errors?.[0].message).toContain(theirs);
    expect(await readAtOf(mine)).toBeNull();
    expect(await readAtOf(theirs)).toBeNull();
    const unknown = randomUUID();
    expect((await subgraph.request(MARK, { ids: [unknown] }, me)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: unknown });
  });

  it('refuses malformed ids and more than 100 of them, naming the field', async () => {
    const me = client();
    const [mine] = await insertInbox(subgraph, me.userId!, 1);
    expect((await subgraph.request(MARK, { ids: [mine, 'nope'] }, me)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.1' });
    const many = Array.from({ length: 101 }, () => randomUUID());
    expect((await subgraph.request(MARK, { ids: many }, me)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect(await readAtOf(mine)).toBeNull();
  });

  it('marks all your notifications read and says how many were unread; nobody else’s change', async () => {
    const me = client();
    const other = client();
    const ids = await insertInbox(subgraph, me.userId!, 4);
    await insertInbox(subgraph, other.userId!, 2);
    await subgraph.request(MARK, { ids: [ids[0]] }, me);
    const result = await subgraph.request<{ markAllNotificationsRead: number }>(MARK_ALL, {}, me);
    expect(result.errors).toBeUndefined();
    expect(result.data!.markAllNotificationsRead).toBe(3);
    expect(await unreadOf(me)).toBe(0);
    expect(await unreadOf(other)).toBe(2);
    expect((await subgraph.request<{ markAllNotificationsRead: number }>(MARK_ALL, {}, me)).data!.markAllNotificationsRead).toBe(0);
  });

  it('counts each notification once when 50 markAllNotificationsRead arrive at once', async () => {
    const me = client();
    await insertInbox(subgraph, me.userId!, 30);
    const results = await Promise.all(Array.from({ length: 50 }, () => subgraph.request<{ markAllNotificationsRead: number }>(MARK_ALL, {}, me)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const counts = results.map((r) => r.data!.markAllNotificationsRead);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(30);
    expect(await unreadOf(me)).toBe(0);
  });

  it.each([
    ['myNotifications', LIST, {}],
    ['myUnreadNotificationCount', COUNT, {}],
    ['markNotificationsRead', MARK, { ids: [randomUUID()] }],
    ['markAllNotificationsRead', MARK_ALL, {}],
  ])('refuses %s to anonymous callers with UNAUTHENTICATED', async (_, query, variables) => {
    const result = await subgraph.request(query, variables, ANONYMOUS);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves therapists and admins their own inbox too', async () => {
    for (const role of ['THERAPIST', 'ADMIN'] as const) {
      const caller: Caller = { userId: randomUUID(), roles: [role] };
      await insertInbox(subgraph, caller.userId!, 2);
      expect(await unreadOf(caller)).toBe(2);
    }
  });
});

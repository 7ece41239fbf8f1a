import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import type { Caller } from '@caregraph/kernel';
import { randomBytes, randomUUID } from 'node:crypto';
import { notificationsSubgraph } from '../subgraph';
import { hashUnsubscribeToken } from './unsubscribe.service';

const UNSUBSCRIBE = 'mutation($token: String!) { unsubscribe(token: $token) { category } }';
const READ = 'query { myNotificationPreferences { reminders invitations } }';

describe('unsubscribe links', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(notificationsSubgraph);
  });
  afterAll(() => subgraph.stop());

  /** Stores a token as the delivery worker does (only its SHA-256) and returns the token for the link. */
  const issueToken = async (userId: string, category: 'REMINDER' | 'INVITATION') => {
    const token = randomBytes(32).toString('base64url');
    await subgraph.db.orm.em.getConnection().execute('insert into unsubscribe_tokens (token_hash, user_id, category) values (?, ?, ?)', [
      hashUnsubscribeToken(token),
      userId,
      category,
    ]);
    return token;
  };
  const unsubscribe = (token: string) => subgraph.request<{ unsubscribe: { category: string } }>(UNSUBSCRIBE, { token }, ANONYMOUS);
  const prefsOf = async (userId: string) =>
    (await subgraph.request<{ myNotificationPreferences: { reminders: boolean; invitations: boolean } }>(READ, {}, { userId, roles: ['CLIENT'] } as Caller)).data!
      .myNotificationPreferences;

  it('turns off the link’s category for the person it was sent to, without signing in', async () => {
    const userId = randomUUID();
    const bystander = randomUUID();
    const token = await issueToken(userId, 'REMINDER');
    const result = await unsubscribe(token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.unsubscribe).toEqual({ category: 'REMINDER' });
    expect(await prefsOf(userId)).toEqual({ reminders: false, invitations: true });
    expect(await prefsOf(bystander)).toEqual({ reminders: true, invitations: true });
    const invitation = await issueToken(userId, 'INVITATION');
    expect((await unsubscribe(invitation)).data!.unsubscribe).toEqual({ category: 'INVITATION' });
    expect(await prefsOf(userId)).toEqual({ reminders: false, invitations: false });
  });

  it('answers the same when the same link is followed again, and changes nothing more', async () => {
    const userId = randomUUID();
    const token = await issueToken(userId, 'INVITATION');
    const first = await unsubscribe(token);
    const second = await unsubscribe(token);
    expect(second).toEqual(first);
    expect(await prefsOf(userId)).toEqual({ reminders: true, invitations: false });
    // Ten clicks at once (a mail client prefetching the link): one row, the same answer each time.
    const clicks = await Promise.all(Array.from({ length: 10 }, () => unsubscribe(token)));
    expect(clicks.every((c) => c.data?.unsubscribe.category === 'INVITATION')).toBe(true);
    const rows = await subgraph.db.orm.em.getConnection().execute('select count(*)::int as n from notification_preferences where user_id = ?', [userId]);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('refuses a token that is not one, an empty one and an oversized one with BAD_USER_INPUT naming `token`', async () => {
    const userId = randomUUID();
    const token = await issueToken(userId, 'REMINDER');
    // The stored hash itself is not a token: only the token hashes to it.
    for (const bad of [randomBytes(32).toString('base64url'), hashUnsubscribeToken(token), '', 'x'.repeat(10_000)]) {
      const result = await unsubscribe(bad);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    }
    expect(await prefsOf(userId)).toEqual({ reminders: true, invitations: true });
  });
});

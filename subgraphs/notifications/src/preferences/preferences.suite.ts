import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import type { Caller } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { notificationsSubgraph } from '../subgraph';

const READ = 'query { myNotificationPreferences { reminders invitations } }';
const UPDATE = 'mutation($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { reminders invitations } }';

interface Prefs { reminders: boolean; invitations: boolean }

describe('notification preferences', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(notificationsSubgraph);
  });
  afterAll(() => subgraph.stop());

  const person = (): Caller => ({ userId: randomUUID(), roles: ['CLIENT'] });
  const read = async (caller: Caller) => (await subgraph.request<{ myNotificationPreferences: Prefs }>(READ, {}, caller)).data!.myNotificationPreferences;
  const update = (caller: Caller, input: Record<string, unknown>) => subgraph.request<{ updateNotificationPreferences: Prefs }>(UPDATE, { input }, caller);
  const rowsOf = async (userId: string) =>
    subgraph.db.orm.em.getConnection().execute('select reminders, invitations from notification_preferences where user_id = ?', [userId]);

  it('has everything on for someone who never chose, without writing a row', async () => {
    const me = person();
    expect(await read(me)).toEqual({ reminders: true, invitations: true });
    expect(await rowsOf(me.userId!)).toEqual([]);
  });

  it('stores a change, keeps the choices left out, and answers with what is stored', async () => {
    const me = person();
    const first = await update(me, { reminders: false });
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateNotificationPreferences).toEqual({ reminders: false, invitations: true });
    expect(await read(me)).toEqual({ reminders: false, invitations: true });
    expect((await update(me, { invitations: false })).data!.updateNotificationPreferences).toEqual({ reminders: false, invitations: false });
    expect((await update(me, { reminders: true, invitations: null })).data!.updateNotificationPreferences).toEqual({ reminders: true, invitations: false });
    expect(await rowsOf(me.userId!)).toEqual([{ reminders: true, invitations: false }]);
  });

  it('changes only the caller’s own choices', async () => {
    const me = person();
    const other = person();
    await update(other, { reminders: false, invitations: false });
    await update(me, { invitations: false });
    expect(await read(other)).toEqual({ reminders: false, invitations: false });
    expect(await read(me)).toEqual({ reminders: true, invitations: false });
  });

  it('keeps one row when 20 changes arrive at once', async () => {
    const me = person();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => update(me, { reminders: i % 2 === 0 })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(await rowsOf(me.userId!)).toHaveLength(1);
  });

  it('refuses a value that is not true or false, naming the field', async () => {
    const result = await update(person(), { reminders: 'no' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/reminders/);
  });

  it.each([
    ['myNotificationPreferences', READ, {}],
    ['updateNotificationPreferences', UPDATE, { input: { reminders: false } }],
  ])('refuses %s to anonymous callers with UNAUTHENTICATED', async (_, query, variables) => {
    const result = await subgraph.request(query, variables, ANONYMOUS);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

import { SYSTEM_USER_ID, type Caller } from '@caregraph/kernel';
import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { notificationsSubgraph } from '../subgraph';
import { insertDelivery, insertInbox, insertMessage } from '../test/notification-factory';

const ERASE = 'mutation($u: ID!) { eraseUserNotifications(userId: $u) { retained deleted retainUntil } }';
const EXPORT = 'query($u: ID!) { _entities(representations: [{ __typename: "PersonalDataExport", userId: $u }]) { ... on PersonalDataExport { notifications } } }';
const SYSTEM: Caller = { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] };

/** A person's notifications are personal data: in their export, and gone with their account (docs/adr/006). */
describe("notifications in a person's data", () => {
  let subgraph: TestSubgraph;
  const me: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const other: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  let shared: string;
  const count = async (table: string, column: string, userId: string) =>
    Number((await subgraph.db.orm.em.getConnection().execute<Array<{ n: string }>>(`select count(*) as n from ${table} where ${column} = ?`, [userId]))[0].n);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(notificationsSubgraph);
    await insertInbox(subgraph, me.userId!, 3);
    await insertInbox(subgraph, other.userId!, 2);
    // One message to both: erasing one person keeps it, and the other's delivery.
    shared = await insertMessage(subgraph);
    for (const userId of [me.userId, other.userId]) {
      await subgraph.db.orm.em.getConnection().execute(
        `insert into deliveries (id, message_id, kind, recipient_user_id, recipient_role, channel, status) values (?, ?, 'BOOKING_CONFIRMED', ?, 'CLIENT', 'EMAIL', 'SENT')`,
        [randomUUID(), shared, userId],
      );
    }
    await insertDelivery(subgraph, { userId: me.userId!, channel: 'EMAIL' });
    await subgraph.db.orm.em.getConnection().execute('insert into notification_preferences (user_id, reminders) values (?, false)', [me.userId]);
  });
  afterAll(() => subgraph.stop());

  it('shows the person their inbox, deliveries and choices, and nobody else', async () => {
    const mine = await subgraph.request<{ _entities: Array<{ notifications: { inbox: unknown[]; deliveries: unknown[]; preferences: { reminders: boolean } } }> }>(EXPORT, { u: me.userId }, me);
    expect(mine.errors).toBeUndefined();
    const exported = mine.data!._entities[0].notifications;
    expect(exported.inbox).toHaveLength(3);
    expect(exported.deliveries.length).toBeGreaterThanOrEqual(1);
    expect(exported.preferences).toMatchObject({ reminders: false, invitations: true });
    const nosy = await subgraph.request(EXPORT, { u: me.userId }, other);
    expect(nosy.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('erases everything on the person for the platform only, keeps everyone else\'s, and does nothing the second time', async () => {
    expect((await subgraph.request(ERASE, { u: me.userId }, me)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.request(ERASE, { u: me.userId }, ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await subgraph.request(ERASE, { u: 'nope' }, SYSTEM)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    const erased = await subgraph.request<{ eraseUserNotifications: { retained: number; deleted: number; retainUntil: string | null } }>(ERASE, { u: me.userId }, SYSTEM);
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseUserNotifications).toMatchObject({ retained: 0, retainUntil: null });
    expect(erased.data!.eraseUserNotifications.deleted).toBeGreaterThanOrEqual(5);
    for (const [table, column] of [['notifications', 'user_id'], ['deliveries', 'recipient_user_id'], ['notification_preferences', 'user_id'], ['unsubscribe_tokens', 'user_id']]) {
      expect(await count(table, column, me.userId!)).toBe(0);
    }
    expect(await count('notifications', 'user_id', other.userId!)).toBe(2);
    expect(await count('deliveries', 'recipient_user_id', other.userId!)).toBeGreaterThanOrEqual(1);
    expect(await count('messages', 'id', shared)).toBe(1);
    const again = await subgraph.request<{ eraseUserNotifications: { deleted: number } }>(ERASE, { u: me.userId }, SYSTEM);
    expect(again.data!.eraseUserNotifications.deleted).toBe(0);
  });
});

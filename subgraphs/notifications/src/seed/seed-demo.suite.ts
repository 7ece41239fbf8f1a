import { seed } from '@caregraph/runtime';
import { DEMO_ADMIN_EMAIL, demoRoster } from '@caregraph/demo-data';
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { Delivery } from '../deliveries/delivery.entity';
import { DeliveryStatus } from '../deliveries/delivery-status';
import { Notification } from '../inbox/notification.entity';
import { notificationsSubgraph } from '../subgraph';

describe('demo seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(notificationsSubgraph);
  });
  afterAll(() => db.drop());

  it('gives the demo client and therapist a few unread and read notifications, and the demo admin an unread one, once', async () => {
    const written = await seed(notificationsSubgraph, db.orm);
    expect(written).toBeGreaterThan(0);
    expect(await seed(notificationsSubgraph, db.orm)).toBe(0);
    const { users } = demoRoster();
    const em = db.orm.em.fork();
    for (const email of ['client01@caregraph.example', 'therapist01@caregraph.example']) {
      const user = users.find((u) => u.email === email)!;
      const inbox = await em.find(Notification, { userId: user.id });
      expect({ email, unread: inbox.filter((n) => !n.readAt).length > 0, read: inbox.some((n) => n.readAt) }).toEqual({ email, unread: true, read: true });
      // Paths in the person's own app, never clinical words or anything that looks like a person.
      for (const notice of inbox) expect(notice.link).toMatch(/^\/[a-z-]+/);
    }
    const admin = users.find((u) => u.email === DEMO_ADMIN_EMAIL)!;
    expect((await em.find(Notification, { userId: admin.id })).map((n) => ({ kind: n.kind, link: n.link, read: Boolean(n.readAt) }))).toEqual([
      { kind: 'RISK_FLAG_ESCALATED', link: '/safety', read: false },
    ]);
    // Every in-app notification came from a SENT in-app delivery with the same id; one dead e-mail waits for an admin.
    const notices = await em.find(Notification, {});
    const deliveries = await em.find(Delivery, { id: { $in: notices.map((n) => n.id) } });
    expect(deliveries.map((d) => d.status)).toEqual(notices.map(() => DeliveryStatus.SENT));
    expect(await em.count(Delivery, { status: DeliveryStatus.DEAD })).toBe(1);
  });

  it('writes no clinical content: titles say what happened to a session or a listing, never why or how someone is', async () => {
    const notices = await db.orm.em.fork().find(Notification, {});
    // The admin's escalation says only that a risk flag waits (as the worker's catalogue words it), never whose or why.
    for (const { title } of notices) expect(title).not.toMatch(/anxiety|depress|self-harm|suicid|answer|score|goal|phq|gad|mood|condition|note/i);
    expect(notices.filter((n) => /risk/i.test(n.title)).map((n) => n.title)).toEqual(['Urgent: a risk flag has not been acknowledged']);
  });
});

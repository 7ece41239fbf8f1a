// The delivery worker end to end on real PostgreSQL and a real SMTP server: committed changes reach
// people once, rolled-back ones never, preferences and locked accounts are honoured, a failing mail
// server ends in DEAD with a reason and a retry delivers, and killing a worker mid-batch loses nothing.
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { startRouteContract, type RouteContract } from './test/route-contract';
import { header, startSmtpInbox, type SmtpInbox } from '@caregraph/kernel/testing/smtp-inbox';
import { createWorkerRig, eventually, recordEvent, stopGracefully, type WorkerRig } from './test/worker-rig';

jest.setTimeout(120_000);

describe('the delivery worker', () => {
  let smtp: SmtpInbox;
  let routes: RouteContract;
  let rig: WorkerRig;
  let worker: ChildProcess;
  const client = randomUUID();
  const therapistUser = randomUUID();
  const therapistId = randomUUID();
  const admin = randomUUID();
  const locked = randomUUID();
  const bookingFacts = () => ({ bookingId: randomUUID(), therapistId, startsAt: '2026-12-15T10:00:00.000Z', format: 'ONLINE' });
  const mailFor = (address: string) => smtp.received.filter((m) => m.to.includes(address));
  const deliveriesOf = async (messageId: string) =>
    (await rig.notifications.query('select recipient_user_id, recipient_role, channel, status, attempts, last_error from deliveries where message_id = $1 order by recipient_role, channel', [messageId])).rows;

  beforeAll(async () => {
    smtp = await startSmtpInbox();
    routes = await startRouteContract();
    routes.people.set(client, { email: 'client.w@caregraph.example', roles: ['CLIENT'], active: true });
    routes.people.set(therapistUser, { email: 'therapist.w@caregraph.example', roles: ['THERAPIST'], active: true });
    routes.people.set(admin, { email: 'admin.w@caregraph.example', roles: ['ADMIN'], active: true });
    routes.people.set(locked, { email: 'locked.w@caregraph.example', roles: ['CLIENT'], active: false });
    routes.therapistUsers.set(therapistId, therapistUser);
    rig = await createWorkerRig({ routesUrl: routes.url, smtpUrl: smtp.url });
    worker = rig.startWorker({ DELIVERY_MAX_ATTEMPTS: '2' });
  });
  afterAll(async () => {
    await rig?.drop();
    await routes?.close();
    await smtp?.close();
  });

  it('delivers a committed change by e-mail and in the app, and never one whose transaction rolled back', async () => {
    const rolledBack = await recordEvent(rig.bookings, 'booking.requested', [{ kind: 'therapist', therapistId }], bookingFacts(), 'rollback');
    const committed = await recordEvent(rig.bookings, 'booking.requested', [{ kind: 'therapist', therapistId }], bookingFacts());
    await eventually('the e-mail', () => mailFor('therapist.w@caregraph.example').length === 1);
    const [mail] = mailFor('therapist.w@caregraph.example');
    expect(mail.subject).toMatch(/session/i);
    await eventually('both deliveries sent', async () => (await deliveriesOf(committed)).every((d) => d.status === 'SENT'));
    expect(await deliveriesOf(committed)).toEqual([
      expect.objectContaining({ recipient_user_id: therapistUser, recipient_role: 'THERAPIST', channel: 'EMAIL', status: 'SENT' }),
      expect.objectContaining({ recipient_user_id: therapistUser, recipient_role: 'THERAPIST', channel: 'IN_APP', status: 'SENT' }),
    ]);
    const inApp = (await rig.notifications.query('select user_id, kind, link from notifications where user_id = $1', [therapistUser])).rows;
    expect(inApp).toEqual([{ user_id: therapistUser, kind: 'BOOKING_REQUESTED', link: '/bookings' }]);
    // The Message-ID comes from the delivery, so a repeated send is one message to the recipient.
    const emailDelivery = (await rig.notifications.query(`select id from deliveries where message_id = $1 and channel = 'EMAIL'`, [committed])).rows[0];
    expect(mail.messageId).toBe(`<${emailDelivery.id}@notifications.caregraph>`);
    expect((await rig.notifications.query('select 1 from messages where id = $1', [rolledBack])).rowCount).toBe(0);
    // Relayed rows are stamped in the source.
    expect((await rig.bookings.query('select relayed_at from outbox_events where id = $1', [committed])).rows[0].relayed_at).toBeInstanceOf(Date);
  });

  it('sends nothing clinical: the e-mail holds only what the event carried, and no fact it was not meant to show', async () => {
    const id = await recordEvent(rig.bookings, 'booking.confirmed', [{ kind: 'user', userId: client, role: 'CLIENT' }], { ...bookingFacts(), reason: 'PHQ-9 item 9 answered 3', score: 27 });
    await eventually('the confirmation', async () => (await deliveriesOf(id)).some((d) => d.channel === 'EMAIL' && d.status === 'SENT'));
    const mail = mailFor('client.w@caregraph.example').at(-1)!;
    // What a reader sees: the subject and the body with quoted-printable's soft breaks joined (the
    // headers hold a Date whose time may well contain 27).
    const readable = `${mail.subject}\n${mail.raw.slice(mail.raw.search(/\r?\n\r?\n/)).replace(/=\r?\n/g, '')}`;
    expect(readable).not.toMatch(/PHQ|item 9|\b27\b/);
    expect(mail.raw).toContain('http://client.caregraph.test/bookings');
  });

  it('honours the person: a reminder turned off is skipped while an essential message goes; a locked account gets nothing', async () => {
    await rig.notifications.query('insert into notification_preferences (user_id, reminders, invitations) values ($1, false, true)', [client]);
    const reminder = await recordEvent(rig.bookings, 'booking.reminder', [{ kind: 'user', userId: client, role: 'CLIENT' }, { kind: 'therapist', therapistId }], bookingFacts());
    const toLocked = await recordEvent(rig.bookings, 'booking.confirmed', [{ kind: 'user', userId: locked, role: 'CLIENT' }], bookingFacts());
    await eventually('the reminder handled', async () => (await deliveriesOf(reminder)).filter((d) => d.status === 'SENT' || d.status === 'SKIPPED').length === 4);
    const rows = await deliveriesOf(reminder);
    expect(rows.filter((d) => d.recipient_user_id === client).map((d) => [d.status, d.last_error])).toEqual([
      ['SKIPPED', 'reminders turned off'],
      ['SKIPPED', 'reminders turned off'],
    ]);
    expect(rows.filter((d) => d.recipient_user_id === therapistUser).map((d) => d.status)).toEqual(['SENT', 'SENT']);
    // The therapist's reminder can be turned off: it carries an unsubscribe link whose token only the hash of is kept.
    const unsubscribe = header(mailFor('therapist.w@caregraph.example').at(-1)!.raw, 'List-Unsubscribe');
    expect(unsubscribe).toMatch(/^<http:\/\/client\.caregraph\.test\/unsubscribe\?token=[\w-]{43}>$/);
    await eventually('the locked account skipped', async () => (await deliveriesOf(toLocked)).length === 2);
    expect((await deliveriesOf(toLocked)).map((d) => [d.status, d.last_error])).toEqual([
      ['SKIPPED', 'account not active'],
      ['SKIPPED', 'account not active'],
    ]);
    expect(mailFor('locked.w@caregraph.example')).toEqual([]);
  });

  it('tells every admin about an escalation, once each', async () => {
    const id = await recordEvent(rig.bookings, 'risk-flag.escalated', [{ kind: 'admins' }], { riskFlagId: randomUUID() });
    await eventually('the admin e-mail', () => mailFor('admin.w@caregraph.example').length === 1);
    await eventually('both admin deliveries', async () => (await deliveriesOf(id)).filter((d) => d.status === 'SENT').length === 2);
    expect((await deliveriesOf(id)).map((d) => d.recipient_role)).toEqual(['ADMIN', 'ADMIN']);
  });

  it('records a failing mail server, gives up after the last attempt (DEAD, no personal data in the reason), and delivers on retry', async () => {
    smtp.failing = true;
    const id = await recordEvent(rig.bookings, 'booking.declined', [{ kind: 'user', userId: client, role: 'CLIENT' }], bookingFacts());
    await eventually('the e-mail dead', async () => (await deliveriesOf(id)).some((d) => d.channel === 'EMAIL' && d.status === 'DEAD'), 30_000);
    const [email] = (await deliveriesOf(id)).filter((d) => d.channel === 'EMAIL');
    expect(email).toEqual(expect.objectContaining({ attempts: 2, last_error: 'SMTP 451' }));
    // The in-app copy does not depend on the mail server.
    expect((await deliveriesOf(id)).find((d) => d.channel === 'IN_APP')!.status).toBe('SENT');
    smtp.failing = false;
    // What retryDelivery does, in one transaction: back to PENDING and onto the queue.
    const deliveryId = (await rig.notifications.query(`select id from deliveries where message_id = $1 and channel = 'EMAIL'`, [id])).rows[0].id;
    await rig.notifications.query(`update deliveries set status = 'PENDING', attempts = 0, last_error = null where id = $1`, [deliveryId]);
    await rig.notifications.query('select queue_delivery($1, 2)', [deliveryId]);
    await eventually('the retried e-mail', async () => (await deliveriesOf(id)).every((d) => d.status === 'SENT'));
  });

  it('loses nothing and shows nothing twice when one of two workers is killed (kill -9) in the middle of a batch', async () => {
    const second = rig.startWorker();
    const before = smtp.received.length;
    const ids: string[] = [];
    for (let i = 0; i < 150; i++) ids.push(await recordEvent(rig.bookings, 'booking.confirmed', [{ kind: 'user', userId: client, role: 'CLIENT' }], bookingFacts()));
    await eventually('some mail under way', () => smtp.received.length - before >= 20);
    worker.kill('SIGKILL');
    worker = rig.startWorker();
    await eventually('every message delivered', async () => {
      const { rows } = await rig.notifications.query(`select count(*)::int as sent from deliveries where message_id = any($1::uuid[]) and status = 'SENT'`, [ids]);
      return rows[0].sent === ids.length * 2;
    }, 60_000).catch(async (error) => {
      const stuck = await rig.notifications.query('select task_identifier, attempts, locked_by, locked_at, run_at, last_error from graphile_worker.jobs');
      const beats = await rig.notifications.query('select * from delivery_worker.heartbeats');
      throw new Error(`${(error as Error).message}: ${JSON.stringify(stuck.rows.slice(0, 5))} of ${stuck.rowCount}; beats ${JSON.stringify(beats.rows)}`);
    });
    const arrived = smtp.received.slice(before);
    const distinct = new Set(arrived.map((m) => m.messageId));
    // One e-mail delivery per message, each seen once by the recipient (a resend after the kill carries the same Message-ID).
    const { rows } = await rig.notifications.query(`select id from deliveries where message_id = any($1::uuid[]) and channel = 'EMAIL'`, [ids]);
    expect(distinct).toEqual(new Set(rows.map((r: { id: string }) => `<${r.id}@notifications.caregraph>`)));
    expect(rows).toHaveLength(ids.length);
    const inApp = await rig.notifications.query('select count(*)::int as n from notifications where id in (select id from deliveries where message_id = any($1::uuid[]))', [ids]);
    expect(inApp.rows[0].n).toBe(ids.length);
    // How many raw resends the kill caused, for the record (the recipient's mail system folds them by Message-ID).
    process.stdout.write(`kill -9 mid-batch: ${arrived.length - distinct.size} raw resend(s) of ${distinct.size} e-mails\n`);
    await stopGracefully(second);
  });
});

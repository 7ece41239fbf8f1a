// Notifications through the whole platform (docs/adr/022): real subgraphs writing their outboxes, the
// delivery worker relaying them, real system routes, and a real SMTP server receiving the mail. A client
// books and the therapist hears of it by e-mail and in the app; the therapist answers and the client hears;
// a PHQ-9 item-9 answer reaches the therapist at once and, left unacknowledged, every admin; a cancelled
// session tells the client waiting on that therapist's waitlist. No message carries clinical content.
import { DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest } from '@caregraph/kernel/testing';
import type { SmtpInbox } from '@caregraph/kernel/testing/smtp-inbox';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { platformDatabaseUrl, type RunningPlatform } from '../support/platform';
import { apiInbox, apiPlatform } from './api-platform';

const NOTIFICATIONS = `{ myUnreadNotificationCount myNotifications(first: 10) { edges { node { id kind title link readAt } } } }`;
interface Inbox {
  myUnreadNotificationCount: number;
  myNotifications: { edges: Array<{ node: { id: string; kind: string; title: string; link: string; readAt: string | null } }> };
}

describe('notifications through the whole platform', () => {
  const roster = demoRoster();
  const plan = roster.carePlans.find((p) => p.status === 'ACTIVE')!;
  const planClient = roster.users.find((u) => u.id === plan.clientId)!;
  const planTherapist = roster.users.find((u) => u.id === roster.therapists.find((t) => t.id === plan.therapistId)!.userId)!;
  const admin = roster.users.find((u) => u.role === 'ADMIN')!;
  let smtp: SmtpInbox;
  let platform: RunningPlatform;
  // The group's suites share the platform, its seeded bells and the SMTP server: each step looks only at what
  // arrived after it acted (mail after index `since`, notifications not in `seen`), never at an older match.
  const mailTo = (address: string, subject: RegExp, since = 0) => smtp.received.slice(since).find((m) => m.to.includes(address) && subject.test(m.subject));
  const signIn = async (email: string) => {
    const result = await graphqlRequest<{ login: { accessToken: string } }>(platform.urls.gateway, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email, password: DEMO_PASSWORD },
    });
    if (!result.data?.login) throw new Error(`sign-in failed for a demo account: ${JSON.stringify(result.errors)}`);
    const token = result.data.login.accessToken;
    return <T>(query: string, variables: Record<string, unknown> = {}) => graphqlRequest<T>(platform.urls.gateway, query, variables, { authorization: `Bearer ${token}` });
  };
  const inboxOf = async (as: Awaited<ReturnType<typeof signIn>>, kind: string, seen: ReadonlySet<string> = new Set()) => {
    const result = await as<Inbox>(NOTIFICATIONS);
    return result.data?.myNotifications.edges.map((e) => e.node).find((n) => n.kind === kind && !seen.has(n.id));
  };
  const seenBy = async (as: Awaited<ReturnType<typeof signIn>>) => new Set((await as<Inbox>(NOTIFICATIONS)).data!.myNotifications.edges.map((e) => e.node.id));

  async function eventually<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 45_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the platform said:\n${platform?.output().slice(-4000)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  beforeAll(async () => {
    smtp = await apiInbox();
    platform = await apiPlatform();
  }, 150_000);

  it('tells the therapist of a booking by e-mail and in the app, and the client of the answer', async () => {
    const client = await signIn(planClient.email);
    const therapist = await signIn(planTherapist.email);
    const from = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 12 * 86_400_000).toISOString();
    const formats = roster.therapists.find((t) => t.id === plan.therapistId)!.sessionFormats;
    const format = formats.includes('ONLINE') ? 'ONLINE' : 'HOME_VISIT';
    const free = await client<{ therapist: { availability: Array<{ startsAt: string }> } }>(
      'query($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) { therapist(id: $id) { availability(from: $from, to: $to, format: $format) { startsAt } } }',
      { id: plan.therapistId, from, to, format },
    );
    const startsAt = free.data!.therapist.availability[0].startsAt;
    const [clientSaw, therapistSaw, mailsBefore] = [await seenBy(client), await seenBy(therapist), smtp.received.length];
    const booked = await client<{ createBooking: { id: string; status: string } }>(
      'mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id status } }',
      { input: { therapistId: plan.therapistId, startsAt, format, referralSource: 'SELF', ...(format === 'HOME_VISIT' ? { visitPostcode: 'LS6 2AB' } : {}) }, key: randomUUID() },
    );
    expect(booked.errors).toBeUndefined();
    const { id: bookingId, status } = booked.data!.createBooking;

    const mail = await eventually('the therapist\'s e-mail', async () => mailTo(planTherapist.email, /session request/i, mailsBefore));
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@notifications\.caregraph>$/);
    expect(mail.raw).not.toContain(planClient.displayName);
    const inApp = await eventually('the therapist\'s bell', () => inboxOf(therapist, 'BOOKING_REQUESTED', therapistSaw));
    expect(inApp).toMatchObject({ link: '/bookings', readAt: null });

    if (status === 'REQUESTED') {
      expect((await therapist('mutation($id: ID!) { confirmBooking(id: $id) { status } }', { id: bookingId })).errors).toBeUndefined();
    }
    await eventually('the client\'s e-mail', async () => mailTo(planClient.email, /confirmed/i, mailsBefore));
    expect(await eventually('the client\'s bell', () => inboxOf(client, 'BOOKING_CONFIRMED', clientSaw))).toMatchObject({ link: '/bookings' });
    // Read in the app: the count goes down.
    const before = (await client<Inbox>(NOTIFICATIONS)).data!.myUnreadNotificationCount;
    expect((await client<{ markAllNotificationsRead: number }>('mutation { markAllNotificationsRead }')).data!.markAllNotificationsRead).toBe(before);
    expect((await client<Inbox>(NOTIFICATIONS)).data!.myUnreadNotificationCount).toBe(0);
  }, 120_000);

  it('tells the therapist at once of a PHQ-9 item-9 answer, and every admin once it is left unacknowledged, with nothing clinical in either', async () => {
    const client = await signIn(planClient.email);
    const therapist = await signIn(planTherapist.email);
    const [therapistSaw, mailsBefore] = [await seenBy(therapist), smtp.received.length];
    const answered = await client<{ submitQuestionnaire: { id: string } }>(
      'mutation($p: ID!) { submitQuestionnaire(carePlanId: $p, input: { kind: PHQ9, answers: [1, 2, 1, 2, 1, 1, 0, 1, 2] }) { id } }',
      { p: plan.id },
    );
    expect(answered.errors).toBeUndefined();
    const urgent = await eventually('the therapist\'s urgent e-mail', async () => mailTo(planTherapist.email, /risk flag needs your attention/i, mailsBefore));
    expect(urgent.raw).not.toMatch(/PHQ|item 9|self-harm|more than half/i);
    expect(await eventually('the therapist\'s bell', () => inboxOf(therapist, 'RISK_FLAG_RAISED', therapistSaw))).toMatchObject({ link: '/' });

    // A day and more later, still unacknowledged: the next sweep escalates it to every admin.
    const db = new Client({ connectionString: platformDatabaseUrl(platform, 'care-plans') });
    await db.connect();
    try {
      await db.query(`update care_plan_risk_flags set raised_at = now() - interval '2 days' where care_plan_id = $1 and acknowledged_at is null`, [plan.id]);
    } finally {
      await db.end();
    }
    const escalation = await eventually('the admins\' e-mail', async () => mailTo(admin.email, /not been acknowledged/i, mailsBefore));
    expect(escalation.raw).toContain('/#/safety');
    expect(escalation.raw).not.toMatch(/PHQ|item 9|self-harm/i);
  }, 120_000);

  it("tells a client on the therapist's waitlist when a session in their days is cancelled, with a link to book and to unsubscribe", async () => {
    const waiter = roster.users.find((u) => u.role === 'CLIENT' && u.id !== planClient.id)!;
    const waiting = await signIn(waiter.email);
    const client = await signIn(planClient.email);
    const [waiterSaw, mailsBefore] = [await seenBy(waiting), smtp.received.length];
    const ukDay = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(ms));
    const joined = await waiting<{ joinWaitlist: { id: string; therapist: { displayName: string } } }>(
      'mutation($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { id therapist { displayName } } }',
      { input: { therapistId: plan.therapistId, from: ukDay(Date.now()), to: ukDay(Date.now() + 30 * 86_400_000) } },
    );
    expect(joined.errors).toBeUndefined();
    // The gateway fills in the therapist's name from the therapists subgraph.
    expect(joined.data!.joinWaitlist.therapist.displayName).toBe(roster.therapists.find((t) => t.id === plan.therapistId)!.displayName);
    const listed = await waiting<{ myWaitlist: Array<{ id: string }> }>('{ myWaitlist { id } }');
    expect(listed.data!.myWaitlist.map((e) => e.id)).toContain(joined.data!.joinWaitlist.id);

    const formats = roster.therapists.find((t) => t.id === plan.therapistId)!.sessionFormats;
    const format = formats.includes('ONLINE') ? 'ONLINE' : 'HOME_VISIT';
    const free = await client<{ therapist: { availability: Array<{ startsAt: string }> } }>(
      'query($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) { therapist(id: $id) { availability(from: $from, to: $to, format: $format) { startsAt } } }',
      { id: plan.therapistId, from: new Date(Date.now() + 14 * 86_400_000).toISOString(), to: new Date(Date.now() + 20 * 86_400_000).toISOString(), format },
    );
    const booked = await client<{ createBooking: { id: string } }>(
      'mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id } }',
      { input: { therapistId: plan.therapistId, startsAt: free.data!.therapist.availability[0].startsAt, format, referralSource: 'SELF', ...(format === 'HOME_VISIT' ? { postcode: 'LS6 2AB' } : {}) }, key: randomUUID() },
    );
    expect(booked.errors).toBeUndefined();
    const reason = 'A family matter came up.';
    expect((await client('mutation($id: ID!, $r: String!) { cancelBooking(id: $id, reason: $r) { status } }', { id: booked.data!.createBooking.id, r: reason })).errors).toBeUndefined();

    const mail = await eventually("the waiting client's e-mail", async () => mailTo(waiter.email, /earlier time may be free/i, mailsBefore));
    // The text part is quoted-printable: long lines are split with a soft break ("=" at the end).
    const text = mail.raw.replace(/=\r?\n/g, '');
    expect(text).toContain(`/therapists/${plan.therapistId}`);
    expect(text).toContain('/unsubscribe?token=');
    expect(text).not.toContain(planClient.displayName);
    expect(text).not.toContain(reason);
    expect(await eventually("the waiting client's bell", () => inboxOf(waiting, 'WAITLIST_SLOT_OPEN', waiterSaw))).toMatchObject({ link: `/therapists/${plan.therapistId}` });
  }, 120_000);
});

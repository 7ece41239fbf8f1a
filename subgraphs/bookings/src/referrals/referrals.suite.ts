import type { Caller } from '@caregraph/kernel';
import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { bookingsSubgraph } from '../subgraph';
import { makeSchedule } from '../test/schedule-factory';
import { Weekday } from '../schedules/weekday';

/**
 * The rest of the graph as bookings asks it about referrals, answered by a real HTTP server from the maps below:
 * which listing a therapist owns, whether a listing is taking bookings (and its facts for createBooking), and the
 * signed-in person's e-mail. The caller is read from the delegation token's claims (the gateway verifies them).
 */
const listingOf = new Map<string, string>();
const listed = new Map<string, boolean>();
const emails = new Map<string, { email: string; emailVerified: boolean }>();
let graph: http.Server;
let graphUrl = '';

function claimsOf(header: string | string[] | undefined): { sub?: string } {
  const payload = typeof header === 'string' ? header.split('.')[1] : undefined;
  return payload ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string }) : {};
}

function answer(operation: string, variables: Record<string, string>, caller: string | undefined): unknown {
  if (operation === 'BookingsCallerListing') return { me: caller ? { therapistProfile: listingOf.has(caller) ? { id: listingOf.get(caller) } : null } : null };
  if (operation === 'BookingsReferralListing') return { therapist: listed.has(variables.id) ? { listed: listed.get(variables.id) } : null };
  if (operation === 'BookingsReferralPerson') return { me: caller ? (emails.get(caller) ?? null) : null };
  if (operation === 'BookingsTherapistFacts') {
    return {
      therapist: listed.get(variables.id) ? { status: 'APPROVED', listed: true, sessionFormats: ['ONLINE'], fee: { amountPence: 6000, currency: 'GBP' }, sessionMinutes: 60, travelRadiusKm: 10 } : null,
      healthDataConsent: { hasHealthDataConsent: true },
    };
  }
  return null;
}

const SUBMIT = `mutation($input: SubmitReferralInput!, $key: String!) { submitReferral(input: $input, idempotencyKey: $key) { id status urgency fundingRoute therapist { id } } }`;
const ACCEPT = 'mutation($id: ID!) { acceptReferral(referralId: $id) { id status } }';
const DECLINE = 'mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { id status declineReason } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawReferral(referralId: $id) { id status } }';
const FULL = 'query($id: ID!) { referral(id: $id) { id status person { givenName familyName email } reason conditions referrerName } }';
const STATES = 'query($id: ID!) { referral(id: $id) { id status urgency fundingRoute declineReason } }';
const INBOX = '{ referralInbox { totalCount edges { node { id status urgency reason } } } }';
const ORGANISATION = 'query($statuses: [ReferralStatus!]) { organisationReferrals(statuses: $statuses) { totalCount edges { node { id status } } } }';
const MINE = '{ myReferrals { id status person { email } } }';
const BOOK = `mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id fundingRoute } }`;
const BOOK_WITH_STATUS = `mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id status } }`;
const HOUR = 3_600_000;

describe('referrals from organisations', () => {
  let subgraph: TestSubgraph;
  const organisationId = randomUUID();
  const machine = (scopes = ['referrals:write', 'referrals:read'], organisation = organisationId): Caller => ({ userId: null, roles: [], machine: { clientId: randomUUID(), organisationId: organisation, scopes } });
  const practice = machine();
  const otherPractice = machine(['referrals:write', 'referrals:read'], randomUUID());
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const otherTherapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const client: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
  const listing = randomUUID();
  const otherListing = randomUUID();
  const hiddenListing = randomUUID();
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => subgraph.db.orm.em.getConnection().execute<T[]>(query, params);
  const codeOf = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;
  const input = (fields: Record<string, unknown> = {}) => ({
    therapistId: listing,
    person: { givenName: 'Alex', familyName: 'Example', dateOfBirth: '1990-04-01', email: 'alex.referred@caregraph.example' },
    reason: 'Low mood since a job loss; struggling with morning routines.',
    conditions: ['DEPRESSION_LOW_MOTIVATION'],
    urgency: 'SOON',
    fundingRoute: 'NHS',
    referrerName: 'Dr A. Example',
    personConsented: true,
    ...fields,
  });
  const submit = async (fields: Record<string, unknown> = {}, key: string = randomUUID(), caller = practice) => subgraph.request<{ submitReferral: { id: string; status: string } }>(SUBMIT, { input: input(fields), key }, caller);

  beforeAll(async () => {
    graph = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, string> };
        const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: answer(operation, variables ?? {}, claimsOf(req.headers['x-caregraph-delegation']).sub) }));
      });
    });
    await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
    graphUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}/graphql`;
    subgraph = await startTestSubgraph(bookingsSubgraph, { gatewayUrl: graphUrl });
    listingOf.set(therapist.userId!, listing);
    listingOf.set(otherTherapist.userId!, otherListing);
    listed.set(listing, true);
    listed.set(otherListing, true);
    listed.set(hiddenListing, false);
    emails.set(client.userId!, { email: 'Alex.Referred@caregraph.example', emailVerified: true });
    const em = subgraph.db.orm.em.fork();
    makeSchedule(em, listing, { timeZone: 'UTC', minimumNoticeMinutes: 60, weeklyHours: Object.values(Weekday).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) });
    await em.flush();
  });
  afterAll(async () => {
    await subgraph.stop();
    await new Promise((resolve) => graph.close(resolve));
  });

  it('takes a referral only from an organisation system with referrals:write, validating every field and writing nothing on a refusal', async () => {
    expect(codeOf(await submit({}, randomUUID(), ANONYMOUS))).toBe('UNAUTHENTICATED');
    expect(codeOf(await submit({}, randomUUID(), client))).toBe('UNAUTHENTICATED');
    const readOnly = await submit({}, randomUUID(), machine(['referrals:read']));
    expect(codeOf(readOnly)).toBe('FORBIDDEN');
    expect(readOnly.errors![0].message).toContain('referrals:write');
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ personConsented: false }, 'personConsented'],
      [{ person: { ...input().person, dateOfBirth: '2015-01-01' } }, 'person.dateOfBirth'],
      [{ person: { ...input().person, email: 'not-an-address' } }, 'email'],
      [{ reason: ' ' }, 'reason'],
      [{ therapistId: hiddenListing }, 'therapistId'],
      [{ therapistId: randomUUID() }, 'therapistId'],
    ];
    for (const [fields, field] of bad) {
      const result = await submit(fields);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).toContain(field);
    }
    expect(codeOf(await submit({}, 'short'))).toBe('BAD_USER_INPUT');
    expect(await sql('select 1 from referrals')).toHaveLength(0);
  });

  it('records one referral for 50 identical submissions with one key, and refuses the key for a different referral', async () => {
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 50 }, () => submit({}, key)));
    expect(results.find((r) => r.errors)?.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.data!.submitReferral.id)).size).toBe(1);
    expect(await sql('select 1 from referrals where idempotency_key = ?', [key])).toHaveLength(1);
    const different = await submit({ urgency: 'URGENT' }, key);
    expect(codeOf(different)).toBe('CONFLICT');
    expect(different.errors![0].extensions!.field).toBe('idempotencyKey');
    // Another organisation's key space is its own.
    expect(codeOf(await submit({}, key, otherPractice))).toBeUndefined();
  });

  it('shows the content to the therapist it is for, states to the referrer and admins, and nothing to anyone else', async () => {
    const { id } = (await submit()).data!.submitReferral;
    const full = await subgraph.request<{ referral: Record<string, unknown> }>(FULL, { id }, therapist);
    expect(full.data!.referral).toMatchObject({ status: 'SUBMITTED', person: { givenName: 'Alex', email: 'alex.referred@caregraph.example' }, conditions: ['DEPRESSION_LOW_MOTIVATION'], referrerName: 'Dr A. Example' });
    expect(codeOf(await subgraph.request(STATES, { id }, practice))).toBeUndefined();
    expect(codeOf(await subgraph.request(FULL, { id }, practice))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.request(STATES, { id }, admin))).toBeUndefined();
    expect(codeOf(await subgraph.request(FULL, { id }, admin))).toBe('FORBIDDEN');
    for (const outsider of [otherTherapist, otherPractice, ANONYMOUS, client]) expect(codeOf(await subgraph.request(STATES, { id }, outsider))).toBe('NOT_FOUND');
    const inbox = await subgraph.request<{ referralInbox: { edges: Array<{ node: { id: string } }> } }>(INBOX, {}, therapist);
    expect(inbox.data!.referralInbox.edges.map((e) => e.node.id)).toContain(id);
    expect((await subgraph.request<{ referralInbox: { totalCount: number } }>(INBOX, {}, otherTherapist)).data!.referralInbox.totalCount).toBe(0);
    const own = await subgraph.request<{ organisationReferrals: { edges: Array<{ node: { id: string } }> } }>(ORGANISATION, {}, practice);
    expect(own.data!.organisationReferrals.edges.map((e) => e.node.id)).toContain(id);
    const others = await subgraph.request<{ organisationReferrals: { edges: Array<{ node: { id: string } }> } }>(ORGANISATION, {}, otherPractice);
    expect(others.data!.organisationReferrals.edges.map((e) => e.node.id)).not.toContain(id);
  });

  it('lets only the therapist accept or decline, once, and the referrer withdraw before it is booked', async () => {
    const first = (await submit()).data!.submitReferral.id;
    expect(codeOf(await subgraph.request(ACCEPT, { id: first }, otherTherapist))).toBe('NOT_FOUND');
    expect(codeOf(await subgraph.request(WITHDRAW, { id: first }, therapist))).toBe('UNAUTHENTICATED');
    const accepts = await Promise.all(Array.from({ length: 20 }, () => subgraph.request(ACCEPT, { id: first }, therapist)));
    expect(accepts.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(accepts.filter((r) => r.errors).map(codeOf))).toEqual(new Set(['CONFLICT']));
    expect(codeOf(await subgraph.request(DECLINE, { input: { referralId: first, reason: 'Full' } }, therapist))).toBe('CONFLICT');

    const second = (await submit()).data!.submitReferral.id;
    expect(codeOf(await subgraph.request(DECLINE, { input: { referralId: second, reason: ' ' } }, therapist))).toBe('BAD_USER_INPUT');
    const declined = await subgraph.request<{ declineReferral: { status: string; declineReason: string } }>(DECLINE, { input: { referralId: second, reason: 'My list is full until spring.' } }, therapist);
    expect(declined.data!.declineReferral).toMatchObject({ status: 'DECLINED', declineReason: 'My list is full until spring.' });
    expect((await subgraph.request<{ referral: { declineReason: string } }>(STATES, { id: second }, practice)).data!.referral.declineReason).toBe('My list is full until spring.');
    expect(codeOf(await subgraph.request(WITHDRAW, { id: second }, practice))).toBe('CONFLICT');

    const third = (await submit()).data!.submitReferral.id;
    expect(codeOf(await subgraph.request(WITHDRAW, { id: third }, otherPractice))).toBe('NOT_FOUND');
    expect((await subgraph.request<{ withdrawReferral: { status: string } }>(WITHDRAW, { id: third }, practice)).data!.withdrawReferral.status).toBe('WITHDRAWN');
    const history = await sql<{ status: string; actor_kind: string }>('select status, actor_kind from referral_events where referral_id = ? order by occurred_at', [first]);
    expect(history).toEqual([{ status: 'SUBMITTED', actor_kind: 'organisation' }, { status: 'ACCEPTED', actor_kind: 'therapist' }]);
  });

  it('becomes the client\'s once they sign in with the confirmed address, and their first booking from it takes its funding route', async () => {
    await sql('delete from referrals');
    const { id } = (await submit({ fundingRoute: 'EMPLOYER' })).data!.submitReferral;
    const notYet = await subgraph.request<{ myReferrals: Array<{ id: string }> }>(MINE, {}, client);
    expect(notYet.data!.myReferrals.map((r) => r.id)).toEqual([id]);
    const slot = new Date((Math.floor(Date.now() / HOUR) + 48) * HOUR).toISOString();
    const book = (referralId: string, startsAt = slot) =>
      subgraph.request<{ createBooking: { id: string; fundingRoute: string } }>(BOOK, { input: { therapistId: listing, startsAt, format: 'ONLINE', referralSource: 'EMPLOYER', referralId }, key: randomUUID() }, client);
    // Not accepted yet: nothing is booked.
    expect(codeOf(await book(id))).toBe('CONFLICT');
    expect(await sql('select 1 from bookings')).toHaveLength(0);
    await subgraph.request(ACCEPT, { id }, therapist);
    expect(codeOf(await book(randomUUID()))).toBe('BAD_USER_INPUT');
    const booked = await book(id);
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.createBooking.fundingRoute).toBe('EMPLOYER');
    const [row] = await sql<{ status: string; booking_id: string }>('select status, booking_id from referrals where id = ?', [id]);
    expect(row).toEqual({ status: 'BOOKED', booking_id: booked.data!.createBooking.id });
    expect((await subgraph.request<{ referral: { status: string } }>(STATES, { id }, practice)).data!.referral.status).toBe('BOOKED');
    // A second booking from the same referral (at another free time) is refused: it is already booked.
    const again = await book(id, new Date(Date.parse(slot) + 2 * HOUR).toISOString());
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.field).toBe('referralId');
    expect(await sql('select 1 from bookings')).toHaveLength(1);
    // Someone else with an unconfirmed address does not get it.
    const stranger: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
    emails.set(stranger.userId!, { email: 'alex.referred@caregraph.example', emailVerified: false });
    expect((await subgraph.request<{ myReferrals: unknown[] }>(MINE, {}, stranger)).data!.myReferrals).toEqual([]);
  });

  it('ends with a discharge summary the referrer reads only once the person shares it', async () => {
    const [{ id }] = await sql<{ id: string }>("select id from referrals where status = 'BOOKED'");
    const DISCHARGE = 'mutation($input: DischargeReferralInput!) { dischargeReferral(input: $input) { status dischargeSummary { phq9AtStart phq9AtEnd goalsAchieved sharedWithReferrer } } }';
    const SHARE = 'mutation($id: ID!, $share: Boolean!) { shareDischargeSummary(referralId: $id, share: $share) { dischargeSummary { sharedWithReferrer } } }';
    const SUMMARY = 'query($id: ID!) { referral(id: $id) { status dischargeSummary { phq9AtStart phq9AtEnd recommendations } } }';
    const input = { referralId: id, phq9AtStart: 16, phq9AtEnd: 6, goalsAchieved: 'Up by 8 on weekdays; back at the allotment twice a week.', recommendations: 'Review with the GP in three months.' };
    expect(codeOf(await subgraph.request(DISCHARGE, { input: { ...input, phq9AtEnd: 28 } }, therapist))).toBe('BAD_USER_INPUT');
    expect(codeOf(await subgraph.request(DISCHARGE, { input }, otherTherapist))).toBe('NOT_FOUND');
    expect(codeOf(await subgraph.request(SHARE, { id, share: true }, client))).toBe('CONFLICT');
    const discharged = await subgraph.request<{ dischargeReferral: { status: string; dischargeSummary: Record<string, unknown> } }>(DISCHARGE, { input }, therapist);
    expect(discharged.data!.dischargeReferral).toMatchObject({ status: 'DISCHARGED', dischargeSummary: { phq9AtStart: 16, phq9AtEnd: 6, sharedWithReferrer: false } });
    expect(codeOf(await subgraph.request(DISCHARGE, { input }, therapist))).toBe('CONFLICT');
    // The referrer sees the state, not the summary, until the person shares it.
    const before = await subgraph.request<{ referral: { status: string; dischargeSummary: unknown } }>(SUMMARY, { id }, practice);
    expect(before.data!.referral).toEqual({ status: 'DISCHARGED', dischargeSummary: null });
    expect(codeOf(await subgraph.request(SHARE, { id, share: true }, therapist))).toBe('FORBIDDEN');
    expect(codeOf(await subgraph.request(SHARE, { id, share: true }, client))).toBeUndefined();
    const after = await subgraph.request<{ referral: { dischargeSummary: { recommendations: string } } }>(SUMMARY, { id }, practice);
    expect(after.data!.referral.dischargeSummary.recommendations).toBe('Review with the GP in three months.');
    expect((await subgraph.request<{ referral: { dischargeSummary: unknown } }>(SUMMARY, { id }, otherPractice)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await subgraph.request<{ referral: { dischargeSummary: unknown } }>(SUMMARY, { id }, admin)).data!.referral.dischargeSummary).toBeNull();
    // Taking the agreement back hides it again.
    await subgraph.request(SHARE, { id, share: false }, client);
    expect((await subgraph.request<{ referral: { dischargeSummary: unknown } }>(SUMMARY, { id }, practice)).data!.referral.dischargeSummary).toBeNull();
  });

  it('tells the referrer, through the outbox, of each step of its referral and of the sessions it led to: ids and states only', async () => {
    await sql('delete from bookings');
    const CONFIRM = 'mutation($id: ID!) { confirmBooking(id: $id) { status } }';
    const CANCEL = 'mutation($id: ID!) { cancelBooking(id: $id, reason: "A clash with work.") { status } }';
    const COMPLETE = 'mutation($id: ID!) { completeBooking(id: $id) { status } }';
    const NO_SHOW = 'mutation($id: ID!) { markBookingNoShow(id: $id) { status } }';
    type Told = { kind: string; payload: { recipients: unknown[]; facts: Record<string, unknown> } };
    const toldAbout = (referralId: string) => sql<Told>("select kind, payload from outbox_events where payload -> 'facts' ->> 'referralId' = ? order by occurred_at, kind", [referralId]);
    const { id } = (await submit()).data!.submitReferral;
    const declined = (await submit()).data!.submitReferral.id;
    // Twenty accepts at once: one step, one event.
    await Promise.all(Array.from({ length: 20 }, () => subgraph.request(ACCEPT, { id }, therapist)));
    await subgraph.request(DECLINE, { input: { referralId: declined, reason: 'Not taking new clients this month.' } }, therapist);
    await subgraph.request(MINE, {}, client);
    const slot = (hours: number) => new Date((Math.floor(Date.now() / HOUR) + hours) * HOUR).toISOString();
    // Each session confirmed: by the therapist, or at once for a client they already see.
    const book = async (startsAt: string, referralId?: string) => {
      const made = await subgraph.request<{ createBooking: { id: string; status: string } }>(BOOK_WITH_STATUS, { input: { therapistId: listing, startsAt, format: 'ONLINE', referralSource: 'GP', ...(referralId ? { referralId } : {}) }, key: randomUUID() }, client);
      expect(made.errors).toBeUndefined();
      const booking = made.data!.createBooking;
      if (booking.status === 'REQUESTED') expect(codeOf(await subgraph.request(CONFIRM, { id: booking.id }, therapist))).toBeUndefined();
      return booking.id;
    };
    // A session the person booked on their own before the referral: never the referrer's business.
    const own = await book(slot(68));
    const first = await book(slot(72), id);
    const second = await book(slot(75));
    const third = await book(slot(78));
    await subgraph.request(CANCEL, { id: second }, client);
    await subgraph.request(CANCEL, { id: own }, client);
    // The first and third sessions have taken place (moved into the past): one happened, one was missed.
    await sql("update bookings set starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours' where id = ?", [first]);
    await sql("update bookings set starts_at = now() - interval '5 hours', ends_at = now() - interval '4 hours' where id = ?", [third]);
    expect(codeOf(await subgraph.request(COMPLETE, { id: first }, therapist))).toBeUndefined();
    expect(codeOf(await subgraph.request(NO_SHOW, { id: third }, therapist))).toBeUndefined();
    await subgraph.request('mutation($input: DischargeReferralInput!) { dischargeReferral(input: $input) { status } }', { input: { referralId: id, goalsAchieved: 'A steady morning routine.', recommendations: 'Keep the routine; review in three months.' } }, therapist);
    // Care under the referral has ended: a later session is the client's own, and the referrer hears nothing of it.
    const after = await book(slot(96));

    const told = await toldAbout(id);
    const organisation = [{ kind: 'organisation', organisationId }];
    expect(told.filter((t) => t.payload.recipients.some((r) => (r as { kind: string }).kind === 'organisation')).map((t) => [t.kind, t.payload.facts])).toEqual([
      ['referral.accepted', { referralId: id, status: 'ACCEPTED' }],
      ['referral.booked', { referralId: id, status: 'BOOKED', bookingId: first }],
      ['booking.confirmed', { referralId: id, bookingId: first, status: 'CONFIRMED' }],
      ['booking.confirmed', { referralId: id, bookingId: second, status: 'CONFIRMED' }],
      ['booking.confirmed', { referralId: id, bookingId: third, status: 'CONFIRMED' }],
      ['booking.cancelled', { referralId: id, bookingId: second, status: 'CANCELLED' }],
      ['booking.completed', { referralId: id, bookingId: first, status: 'COMPLETED' }],
      ['booking.no-show', { referralId: id, bookingId: third, status: 'NO_SHOW' }],
      ['referral.discharged', { referralId: id, status: 'DISCHARGED' }],
    ]);
    expect(told.every((t) => JSON.stringify(t.payload.recipients) === JSON.stringify(organisation))).toBe(true);
    for (const notTheirs of [own, after]) expect(await sql("select 1 from outbox_events where payload -> 'facts' ->> 'bookingId' = ? and payload::text like '%organisation%'", [notTheirs])).toHaveLength(0);
    expect((await toldAbout(declined)).map((t) => [t.kind, t.payload.facts])).toEqual([['referral.declined', { referralId: declined, status: 'DECLINED' }]]);
    // Nothing personal or clinical reaches a referrer's event.
    expect(JSON.stringify(told)).not.toMatch(/alex|Example|routine|morning|clash/i);
  });

  it("is in the client's data export, without the referrer's request key, and goes when the account is erased", async () => {
    const EXPORT = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalDataExport { referrals } } }';
    const exported = await subgraph.request<{ _entities: Array<{ referrals: Array<Record<string, unknown>> }> }>(EXPORT, { r: [{ __typename: 'PersonalDataExport', userId: client.userId }] }, client);
    const [referral] = exported.data!._entities[0].referrals;
    expect(referral).toMatchObject({ personEmail: 'alex.referred@caregraph.example', status: 'DISCHARGED', fundingRoute: 'EMPLOYER', dischargeSummary: expect.objectContaining({ phq9AtEnd: 6 }) });
    expect(referral).not.toHaveProperty('idempotencyKey');
    expect(codeOf(await subgraph.request(EXPORT, { r: [{ __typename: 'PersonalDataExport', userId: client.userId }] }, therapist))).toBe('FORBIDDEN');
    const erase = await subgraph.request('mutation($id: ID!) { eraseClientBookings(userId: $id) { deleted retained } }', { id: client.userId }, { userId: '00000000-0000-4000-8000-000000000000', roles: ['SYSTEM'] });
    expect(erase.errors).toBeUndefined();
    expect(await sql('select 1 from referrals where client_id = ?', [client.userId])).toHaveLength(0);
    expect(await sql("select 1 from referrals where person_email ilike 'alex.referred@%' and client_id is null and status = 'DISCHARGED'")).toHaveLength(0);
  });
});

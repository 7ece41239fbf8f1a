// Integrators end to end (docs/adr/027), on the platform as `npm start` runs it: an admin adds and verifies a
// GP practice, its admin creates an API client, the practice's system gets a token from the gateway's
// /oauth/token and calls the graph as no person, sees only its own organisation, and its token stops working
// within seconds of the client being revoked. Its webhook receiver (a real HTTP server here, verifying with the
// integrator guide's own function) hears of every step of a referral once, signed, and refuses a replay.
import { DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET, DEMO_ORGANISATION_ID, DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest, type GraphQLResult } from '@caregraph/kernel/testing';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { nextDemoAdminCode } from '../support/demo-admin';
import { guideFunction } from '../support/guide-snippets';
import type { RunningPlatform } from '../support/platform';
import { apiPlatform } from './api-platform';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken mfaToken } }';
const CURRENT = '{ currentApiClient { id name scopes } currentOrganisation { id name kind } }';

interface TokenAnswer {
  access_token?: string;
  token_type?: string;
  expires_in?: number;
  scope?: string;
  error?: string;
  code?: string;
}

describe('an organisation system calls the graph with client credentials', () => {
  const roster = demoRoster().users;
  const admin = roster.find((u) => u.role === 'ADMIN')!;
  const practiceManager = roster.filter((u) => u.role === 'CLIENT')[7];
  let platform: RunningPlatform;
  let adminToken: string;
  let managerToken: string;
  let organisationId: string;
  let client: { id: string; secret: string };

  const ask = <T = Record<string, unknown>>(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> =>
    graphqlRequest<T>(platform.urls.gateway, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  const tokenUrl = () => new URL('/oauth/token', platform.urls.gateway).toString();
  const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

  async function requestToken(id: string, secret: string, scope?: string): Promise<{ status: number; body: TokenAnswer; cacheControl: string | null }> {
    const response = await fetch(tokenUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(id, secret) },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }).toString(),
    });
    return { status: response.status, body: (await response.json()) as TokenAnswer, cacheControl: response.headers.get('cache-control') };
  }

  async function succeeded<T>(result: Promise<GraphQLResult<T>>): Promise<T> {
    const answer = await result;
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }

  beforeAll(async () => {
    platform = await apiPlatform();
    const first = await ask<{ login: { mfaToken: string } }>(undefined, LOGIN, { input: { email: admin.email, password: DEMO_PASSWORD } });
    const second = await ask<{ completeMfaLogin: { accessToken: string } }>(undefined, 'mutation($m: String!, $c: String!) { completeMfaLogin(mfaToken: $m, code: $c) { accessToken } }', { m: first.data!.login.mfaToken, c: await nextDemoAdminCode(platform) });
    adminToken = second.data!.completeMfaLogin.accessToken;
    managerToken = (await succeeded(ask<{ login: { accessToken: string } }>(undefined, LOGIN, { input: { email: practiceManager.email, password: DEMO_PASSWORD } }))).login.accessToken;

    const created = await succeeded(ask<{ createOrganisation: { id: string } }>(adminToken, 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }', {
      input: { name: 'Northside Surgery (made up)', kind: 'GP_PRACTICE', odsCode: 'X00001', grantedScopes: ['ORGANISATION_READ', 'REFERRALS_WRITE', 'REFERRALS_READ', 'EVENTS_MANAGE'] },
    }));
    organisationId = created.createOrganisation.id;
    await succeeded(ask(adminToken, 'mutation($id: ID!) { verifyOrganisation(id: $id) { id } }', { id: organisationId }));
    await succeeded(ask(adminToken, 'mutation($input: AddOrganisationMemberInput!) { addOrganisationMember(input: $input) { id } }', { input: { organisationId, email: practiceManager.email, role: 'ADMIN' } }));
    const made = await succeeded(ask<{ createApiClient: { clientSecret: string; apiClient: { id: string } } }>(managerToken, 'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { clientSecret apiClient { id } } }', {
      input: { organisationId, name: 'Practice referrals', scopes: ['ORGANISATION_READ', 'REFERRALS_WRITE', 'REFERRALS_READ'] },
    }));
    client = { id: made.createApiClient.apiClient.id, secret: made.createApiClient.clientSecret };
  }, 150_000);

  it('gets a scoped token at the gateway and reads its own client and organisation through the graph', async () => {
    const { status, body, cacheControl } = await requestToken(client.id, client.secret);
    expect(status).toBe(200);
    expect(cacheControl).toBe('no-store');
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'organisation:read referrals:write referrals:read', expires_in: 900 });
    const current = await succeeded(ask(body.access_token, CURRENT));
    expect(current).toEqual({
      currentApiClient: { id: client.id, name: 'Practice referrals', scopes: ['ORGANISATION_READ', 'REFERRALS_WRITE', 'REFERRALS_READ'] },
      currentOrganisation: { id: organisationId, name: 'Northside Surgery (made up)', kind: 'GP_PRACTICE' },
    });
    // Public reads stay open to it, as to anyone.
    expect((await ask(body.access_token, '{ searchTherapists(first: 1) { totalCount } }')).errors).toBeUndefined();
  });

  it('is never a person, and sees nothing of another organisation', async () => {
    const { body } = await requestToken(client.id, client.secret);
    for (const query of ['{ me { id } }', '{ myOrganisations { role } }', '{ myOpenRiskFlags(first: 1) { totalCount } }']) {
      expect((await ask(body.access_token, query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await ask(body.access_token, 'query($id: ID!) { organisation(id: $id) { name } }', { id: DEMO_ORGANISATION_ID })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The demo practice's own system (seeded, published secret) cannot see Northside either.
    const demo = await requestToken(DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET);
    expect(demo.status).toBe(200);
    expect((await ask(demo.body.access_token, 'query($id: ID!) { organisation(id: $id) { name } }', { id: organisationId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await succeeded(ask<{ currentOrganisation: { id: string } }>(demo.body.access_token, '{ currentOrganisation { id } }'))).currentOrganisation.id).toBe(DEMO_ORGANISATION_ID);
  });

  it('is refused a scope it was not given, and a wrong secret, at the gateway', async () => {
    const wider = await requestToken(client.id, client.secret, 'events:manage');
    expect([wider.status, wider.body.error, wider.body.code]).toEqual([400, 'invalid_scope', 'BAD_USER_INPUT']);
    const wrong = await requestToken(client.id, DEMO_API_CLIENT_SECRET);
    expect([wrong.status, wrong.body.error, wrong.body.code]).toEqual([401, 'invalid_client', 'UNAUTHENTICATED']);
    const get = await fetch(tokenUrl());
    expect(get.status).toBe(405);
  });

  it('refers a person: the therapist accepts, the person books from it, the practice follows its states and no other organisation sees it', async () => {
    const therapist = demoRoster().therapists.find((t) => t.status === 'APPROVED' && t.sessionFormats.includes('ONLINE'))!;
    const therapistUser = roster.find((u) => u.id === therapist.userId)!;
    const person = roster.filter((u) => u.role === 'CLIENT')[9];
    const { body } = await requestToken(client.id, client.secret);
    const refer = (key: string) =>
      ask<{ submitReferral: { id: string; status: string } }>(body.access_token, 'mutation($input: SubmitReferralInput!, $key: String!) { submitReferral(input: $input, idempotencyKey: $key) { id status } }', {
        key,
        input: {
          therapistId: therapist.id,
          person: { givenName: 'Sam', familyName: 'Example', dateOfBirth: '1988-06-15', email: person.email },
          reason: 'Struggling to keep a morning routine after a period off work.',
          conditions: ['DEPRESSION_LOW_MOTIVATION'],
          urgency: 'ROUTINE',
          fundingRoute: 'NHS',
          referrerName: 'Dr B. Example',
          personConsented: true,
        },
      });
    const key = randomBytes(8).toString('hex');
    const [submitted, replayed] = await Promise.all([refer(key), refer(key)]);
    expect(submitted.errors).toBeUndefined();
    expect(replayed.data?.submitReferral.id).toBe(submitted.data!.submitReferral.id);
    const referralId = submitted.data!.submitReferral.id;

    const therapistToken = (await succeeded(ask<{ login: { accessToken: string } }>(undefined, LOGIN, { input: { email: therapistUser.email, password: DEMO_PASSWORD } }))).login.accessToken;
    const inbox = await succeeded(ask<{ referralInbox: { edges: Array<{ node: { id: string; reason: string } }> } }>(therapistToken, '{ referralInbox { edges { node { id reason } } } }'));
    expect(inbox.referralInbox.edges.map((e) => e.node.id)).toContain(referralId);
    await succeeded(ask(therapistToken, 'mutation($id: ID!) { acceptReferral(referralId: $id) { status } }', { id: referralId }));

    const personToken = (await succeeded(ask<{ login: { accessToken: string } }>(undefined, LOGIN, { input: { email: person.email, password: DEMO_PASSWORD } }))).login.accessToken;
    const mine = await succeeded(ask<{ myReferrals: Array<{ id: string; status: string }> }>(personToken, '{ myReferrals { id status } }'));
    expect(mine.myReferrals).toContainEqual({ id: referralId, status: 'ACCEPTED' });
    const from = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 17 * 86_400_000).toISOString();
    const slots = await succeeded(ask<{ therapist: { availability: Array<{ startsAt: string }> } }>(personToken, 'query($id: ID!, $from: DateTime!, $to: DateTime!) { therapist(id: $id) { availability(from: $from, to: $to, format: ONLINE) { startsAt } } }', { id: therapist.id, from, to }));
    const booked = await succeeded(ask<{ createBooking: { id: string; fundingRoute: string } }>(personToken, 'mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id fundingRoute } }', {
      key: randomBytes(8).toString('hex'),
      input: { therapistId: therapist.id, startsAt: slots.therapist.availability.at(-1)!.startsAt, format: 'ONLINE', referralSource: 'GP', referralId },
    }));
    expect(booked.createBooking.fundingRoute).toBe('NHS');

    const states = await succeeded(ask<{ organisationReferrals: { edges: Array<{ node: { id: string; status: string } }> } }>(body.access_token, '{ organisationReferrals { edges { node { id status } } } }'));
    expect(states.organisationReferrals.edges.map((e) => e.node)).toContainEqual({ id: referralId, status: 'BOOKED' });
    const content = await ask(body.access_token, 'query($id: ID!) { referral(id: $id) { reason } }', { id: referralId });
    expect(content.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const demo = await requestToken(DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET);
    expect((await ask(demo.body.access_token, 'query($id: ID!) { referral(id: $id) { status } }', { id: referralId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const theirs = await succeeded(ask<{ organisationReferrals: { totalCount: number } }>(demo.body.access_token, '{ organisationReferrals { totalCount } }'));
    expect(theirs.organisationReferrals.totalCount).toBe(0);
  });

  it("tells the practice's webhook receiver of each step once, signed, and the receiver refuses a replay by its timestamp", async () => {
    type Verify = (input: { headers: http.IncomingHttpHeaders; rawBody: string; secrets: string[]; toleranceSeconds?: number; now?: number }) => { type: string; data: Record<string, string> };
    const verifyCaregraphWebhook = guideFunction<Verify>('verifyCaregraphWebhook', { require, Buffer });
    let secret = '';
    let clockSkewMs = 0;
    const events: Array<{ id: string; type: string; data: Record<string, string> }> = [];
    const refused: string[] = [];
    const captured: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
    const otherOrganisationHeard: string[] = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        if (req.url === '/other') {
          otherOrganisationHeard.push(body);
          return res.writeHead(204).end();
        }
        captured.push({ headers: req.headers, body });
        try {
          const event = verifyCaregraphWebhook({ headers: req.headers, rawBody: body, secrets: [secret], now: Date.now() + clockSkewMs });
          // Processed once per webhook-id, as the guide says.
          if (!events.some((e) => e.id === req.headers['webhook-id'])) events.push({ id: String(req.headers['webhook-id']), type: event.type, data: event.data });
          res.writeHead(204).end();
        } catch (error) {
          refused.push((error as Error).message);
          res.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    try {
      // The practice's admin makes a client for events; its system subscribes the receiver to everything.
      const made = await succeeded(ask<{ createApiClient: { clientSecret: string; apiClient: { id: string } } }>(managerToken, 'mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { clientSecret apiClient { id } } }', {
        input: { organisationId, name: 'Practice events', scopes: ['EVENTS_MANAGE', 'REFERRALS_READ'] },
      }));
      const events_ = await requestToken(made.createApiClient.apiClient.id, made.createApiClient.clientSecret);
      const eventsToken = events_.body.access_token!;
      const ALL = ['REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_BOOKED', 'REFERRAL_DISCHARGED', 'BOOKING_CONFIRMED', 'BOOKING_CANCELLED', 'BOOKING_COMPLETED', 'BOOKING_NO_SHOW'];
      const CREATE = 'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }';
      const subscribed = await succeeded(ask<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(eventsToken, CREATE, { input: { url: `${base}/practice`, eventTypes: ALL } }));
      secret = subscribed.createWebhookEndpoint.secret;
      // The demo practice listens too, on its own endpoint: it must hear nothing of Northside's referral.
      const demo = await requestToken(DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET);
      await succeeded(ask(demo.body.access_token, CREATE, { input: { url: `${base}/other`, eventTypes: ALL } }));
      // A system without events:manage cannot subscribe.
      const referralsOnly = await requestToken(client.id, client.secret);
      expect((await ask(referralsOnly.body.access_token, CREATE, { input: { url: `${base}/sneaky`, eventTypes: ALL } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');

      // Refer, accept, book (twice), confirm the first, cancel the second, discharge.
      const therapist = demoRoster().therapists.find((t) => t.status === 'APPROVED' && t.sessionFormats.includes('ONLINE'))!;
      const therapistToken = (await succeeded(ask<{ login: { accessToken: string } }>(undefined, LOGIN, { input: { email: roster.find((u) => u.id === therapist.userId)!.email, password: DEMO_PASSWORD } }))).login.accessToken;
      const person = roster.filter((u) => u.role === 'CLIENT')[10];
      const submitted = await succeeded(ask<{ submitReferral: { id: string } }>(referralsOnly.body.access_token, 'mutation($input: SubmitReferralInput!, $key: String!) { submitReferral(input: $input, idempotencyKey: $key) { id } }', {
        key: randomBytes(8).toString('hex'),
        input: {
          therapistId: therapist.id,
          person: { givenName: 'Jo', familyName: 'Example', dateOfBirth: '1979-02-11', email: person.email },
          reason: 'Finding it hard to go back to work after burnout.',
          conditions: ['WORK_STRESS_BURNOUT'],
          urgency: 'SOON',
          fundingRoute: 'EMPLOYER',
          referrerName: 'Dr C. Example',
          personConsented: true,
        },
      }));
      const referralId = submitted.submitReferral.id;
      await succeeded(ask(therapistToken, 'mutation($id: ID!) { acceptReferral(referralId: $id) { status } }', { id: referralId }));
      const personToken = (await succeeded(ask<{ login: { accessToken: string } }>(undefined, LOGIN, { input: { email: person.email, password: DEMO_PASSWORD } }))).login.accessToken;
      await succeeded(ask(personToken, '{ myReferrals { id } }'));
      const from = new Date(Date.now() + 3 * 86_400_000).toISOString();
      const to = new Date(Date.now() + 17 * 86_400_000).toISOString();
      const slots = await succeeded(ask<{ therapist: { availability: Array<{ startsAt: string }> } }>(personToken, 'query($id: ID!, $from: DateTime!, $to: DateTime!) { therapist(id: $id) { availability(from: $from, to: $to, format: ONLINE) { startsAt } } }', { id: therapist.id, from, to }));
      const book = (startsAt: string, withReferral: boolean) =>
        succeeded(ask<{ createBooking: { id: string; status: string } }>(personToken, 'mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id status } }', {
          key: randomBytes(8).toString('hex'),
          input: { therapistId: therapist.id, startsAt, format: 'ONLINE', referralSource: 'EMPLOYER', ...(withReferral ? { referralId } : {}) },
        }));
      const first = (await book(slots.therapist.availability[0].startsAt, true)).createBooking;
      const second = (await book(slots.therapist.availability[1].startsAt, false)).createBooking;
      if (first.status === 'REQUESTED') await succeeded(ask(therapistToken, 'mutation($id: ID!) { confirmBooking(id: $id) { status } }', { id: first.id }));
      await succeeded(ask(personToken, 'mutation($id: ID!, $reason: String!) { cancelBooking(id: $id, reason: $reason) { status } }', { id: second.id, reason: 'A clash with work.' }));
      await succeeded(ask(therapistToken, 'mutation($input: DischargeReferralInput!) { dischargeReferral(input: $input) { status } }', {
        input: { referralId, phq9AtStart: 14, phq9AtEnd: 6, gad7AtStart: 11, gad7AtEnd: 5, goalsAchieved: 'Back at work three days a week.', recommendations: 'Keep the graded return going; review in three months.' },
      }));

      // The second session is confirmed too when the therapist needs no confirmation from a client they already see.
      const expected = ['referral.accepted', 'referral.booked', 'booking.confirmed', ...(second.status === 'CONFIRMED' ? ['booking.confirmed'] : []), 'booking.cancelled', 'referral.discharged'];
      const deadline = Date.now() + 30_000;
      // Only this referral's events count: the practice's earlier referral may still be heard of just after subscribing.
      const ours = () => events.filter((e) => e.data.referralId === referralId);
      while (ours().length < expected.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      await new Promise((resolve) => setTimeout(resolve, 500)); // time for anything sent twice to arrive
      expect(ours().map((e) => e.type).sort()).toEqual([...expected].sort());
      expect(refused).toEqual([]);
      for (const event of events) {
        expect(event.data.organisationId).toBe(organisationId);
        expect(Object.keys(event.data).every((key) => ['organisationId', 'referralId', 'bookingId', 'status'].includes(key))).toBe(true);
      }
      expect(ours().find((e) => e.type === 'booking.cancelled')!.data).toMatchObject({ bookingId: second.id, status: 'CANCELLED' });
      expect(ours().find((e) => e.type === 'referral.booked')!.data).toMatchObject({ bookingId: first.id, status: 'BOOKED' });
      // Each event arrived once: as many requests as events (nothing failed, nothing was sent twice).
      expect(captured).toHaveLength(events.length);
      expect(otherOrganisationHeard).toEqual([]);
      expect(JSON.stringify(captured)).not.toContain(person.email);

      // Someone who captured a request sends it again six minutes later: the timestamp gives it away.
      clockSkewMs = 6 * 60_000;
      const replay = captured[0];
      const answer = await fetch(`${base}/practice`, { method: 'POST', headers: { 'content-type': 'application/json', 'webhook-id': String(replay.headers['webhook-id']), 'webhook-timestamp': String(replay.headers['webhook-timestamp']), 'webhook-signature': String(replay.headers['webhook-signature']) }, body: replay.body });
      expect(answer.status).toBe(400);
      expect(refused).toEqual(['webhook timestamp too old or too new']);
      clockSkewMs = 0;

      // The practice sees its delivery log, and replays one: the same webhook-id, signed afresh.
      type Log = { webhookEndpoints: Array<{ id: string; deliveries: { total: number; items: Array<{ id: string; eventId: string; status: string }> } }> };
      const LOG = '{ webhookEndpoints { id deliveries { total items { id eventId status } } } }';
      const log = await succeeded(ask<Log>(eventsToken, LOG));
      const practiceLog = log.webhookEndpoints.find((e) => e.id === subscribed.createWebhookEndpoint.endpoint.id)!.deliveries;
      expect(practiceLog.total).toBe(events.length);
      expect(practiceLog.items.every((d) => d.status === 'SENT')).toBe(true);
      const heardBefore = captured.length;
      await succeeded(ask(eventsToken, 'mutation($id: ID!) { replayWebhookDelivery(id: $id) { status } }', { id: practiceLog.items[0].id }));
      const replayDeadline = Date.now() + 15_000;
      while (captured.length === heardBefore && Date.now() < replayDeadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(captured.at(-1)!.headers['webhook-id']).toBe(practiceLog.items[0].eventId);
      expect(refused).toHaveLength(1);
      expect(ours()).toHaveLength(expected.length);
      // Caregraph's admins see the same log; the demo practice sees none of it.
      const adminLog = await succeeded(ask<Log>(adminToken, 'query($org: ID) { webhookEndpoints(organisationId: $org) { id deliveries { total items { id eventId status } } } }', { org: organisationId }));
      expect(adminLog.webhookEndpoints.map((e) => e.id)).toContain(subscribed.createWebhookEndpoint.endpoint.id);
      const demoLog = await succeeded(ask<Log>(demo.body.access_token, LOG));
      expect(demoLog.webhookEndpoints.flatMap((e) => e.deliveries.items)).toEqual([]);

      // The summary: not for the practice until the person agrees to share it.
      const SUMMARY = 'query($id: ID!) { referral(id: $id) { status dischargeSummary { recommendations } } }';
      const before = await succeeded(ask<{ referral: { status: string; dischargeSummary: unknown } }>(referralsOnly.body.access_token, SUMMARY, { id: referralId }));
      expect(before.referral).toEqual({ status: 'DISCHARGED', dischargeSummary: null });
      await succeeded(ask(personToken, 'mutation($id: ID!) { shareDischargeSummary(referralId: $id, share: true) { id } }', { id: referralId }));
      const after = await succeeded(ask<{ referral: { dischargeSummary: { recommendations: string } } }>(referralsOnly.body.access_token, SUMMARY, { id: referralId }));
      expect(after.referral.dischargeSummary.recommendations).toContain('graded return');
      expect((await ask(demo.body.access_token, SUMMARY, { id: referralId })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    } finally {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  }, 90_000);

  it('stops working within seconds of the client being revoked, and gets no new token', async () => {
    const { body } = await requestToken(client.id, client.secret);
    expect((await ask(body.access_token, CURRENT)).errors).toBeUndefined();
    await succeeded(ask(managerToken, 'mutation($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { id } }', { input: { apiClientId: client.id } }));
    const revokedAt = Date.now();
    let refusal: GraphQLResult | undefined;
    while (!refusal && Date.now() - revokedAt < 10_000) {
      const result = await ask(body.access_token, CURRENT);
      if (result.status === 401) refusal = result;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Date.now() - revokedAt).toBeLessThan(5000);
    expect(refusal?.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const again = await requestToken(client.id, client.secret);
    expect([again.status, again.body.error]).toEqual([401, 'invalid_client']);
  });
});

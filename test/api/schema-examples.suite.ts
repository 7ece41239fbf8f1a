// The example operations in schema/examples/ are what integrators copy first, so they must work: each is
// valid against the committed graph, fits the gateway's limits, its example variables fit its variables,
// the integrator guide shows no operation that is not one of them, and each runs without errors against the
// seeded platform (the API suites' shared one, test/api-journeys.e2e.test.ts), in the order a real integration would use them.
import { DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET, DEMO_ORGANISATION_ID, DEMO_PASSWORD } from '@caregraph/demo-data';
import { GATEWAY_QUERY_LIMITS } from '@caregraph/gateway';
import { exceededLimits, measureDocument } from '@caregraph/kernel';
import { DEMO_ADMIN_EMAIL, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest, type GraphQLResult } from '@caregraph/kernel/testing';
import { Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { committedApiSchema, REPO_ROOT } from '../support/api-schema';
import { nextDemoAdminCode } from '../support/demo-admin';
import { demoPracticeToken, startWebhookReceiver } from '../support/demo-practice-events';
import { fileNameFor, loadExamples, normalisedOperation, type Example } from '../support/examples';
import { guideFunction } from '../support/guide-snippets';
import type { RunningPlatform } from '../support/platform';
import { apiPlatform } from './api-platform';

const GUIDE = path.join(REPO_ROOT, 'docs', 'integrator-guide.md');
const DAY = 86_400_000;
const api = committedApiSchema();
const examples = loadExamples();
const byName = new Map(examples.map((example) => [example.name, example]));

/** Every variable of type Int set to 100 (the largest page): the example measured at its worst. */
function worstCase(operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  const worst = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const type = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
    if (type.kind === Kind.NAMED_TYPE && type.name.value === 'Int') worst[definition.variable.name.value] = 100;
  }
  return worst;
}

/** The `graphql` code blocks of the guide that hold an operation. */
function guideOperations(): string[] {
  const guide = readFileSync(GUIDE, 'utf8');
  return [...guide.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .filter((block) => parse(block).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION));
}

/** Placeholders such as "<mfaToken from Login>" left in variables (each must be replaced before sending). */
function placeholdersIn(value: unknown): string[] {
  if (typeof value === 'string') return /^<.*>$/.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(placeholdersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(placeholdersIn);
  return [];
}

describe('schema/examples', () => {
  it('holds the main journeys, one named operation per file, each file named after its operation', () => {
    expect(examples.map((e) => e.name).sort()).toEqual(
      expect.arrayContaining(['SearchTherapists', 'TherapistProfile', 'SignUp', 'Login', 'RefreshSession', 'Me', 'MyBookings', 'MyCarePlans', 'ExportMyData', 'ModerationQueue', 'TherapistAvailability', 'CreateBooking', 'CancelBooking', 'JoinWaitlist', 'MyNotifications', 'MarkNotificationsRead']),
    );
    for (const example of examples) expect({ file: example.file, expected: fileNameFor(example.name) }).toEqual({ file: example.file, expected: example.file });
  });

  it.each(examples.map((e) => [e.file, e] as const))('%s is valid against the committed graph, with example variables that fit it', (_file, example: Example) => {
    expect(validate(api, example.document).map((e) => e.message)).toEqual([]);
    const declared = new Set((example.operation.variableDefinitions ?? []).map((d) => d.variable.name.value));
    expect(Object.keys(example.variables).filter((name) => !declared.has(name))).toEqual([]);
    const coerced = getVariableValues(api, example.operation.variableDefinitions ?? [], example.variables);
    expect((coerced.errors ?? []).map((e) => e.message)).toEqual([]);
  });

  it.each(examples.map((e) => [e.file, e] as const))('%s fits the gateway limits even with the largest pages', (_file, example: Example) => {
    const measure = measureDocument(api, example.source, { variables: worstCase(example.operation, example.variables) });
    expect(exceededLimits(measure, GATEWAY_QUERY_LIMITS)).toEqual([]);
  });

  it("lists every example in the integrator guide's table of examples", () => {
    const guide = readFileSync(GUIDE, 'utf8');
    const listed = new Set([...guide.matchAll(/^\| \[`([a-z0-9-]+\.graphql)`\]\(\.\.\/schema\/examples\/\1\)/gm)].map((m) => m[1]));
    expect(examples.map((e) => e.file).filter((file) => !listed.has(file))).toEqual([]);
  });

  it('shows in the integrator guide only operations that are examples here, word for word', () => {
    const known = new Map(examples.map((e) => [normalisedOperation(e.source), e.file]));
    const shown = guideOperations();
    expect(shown.length).toBeGreaterThanOrEqual(5);
    const strays = shown.map(normalisedOperation).filter((op) => !known.has(op));
    expect(strays).toEqual([]);
  });
});

describe('schema/examples against the seeded platform', () => {
  const roster = demoRoster();
  // A client with sessions and care plans.
  const client = roster.users.find((u) => u.email === 'client03@caregraph.example')!;
  const ran = new Set<string>();
  let platform: RunningPlatform;

  /** Runs an example with its example variables, `overrides` replacing some; fails on any error or null answer. */
  async function run<T = Record<string, unknown>>(name: string, overrides: Record<string, unknown> = {}, accessToken?: string): Promise<T> {
    const example = byName.get(name);
    if (!example) throw new Error(`No example operation named ${name} in schema/examples`);
    const variables = { ...example.variables, ...overrides };
    expect({ example: name, placeholders: placeholdersIn(variables) }).toEqual({ example: name, placeholders: [] });
    const result: GraphQLResult<T> = await graphqlRequest<T>(platform.urls.gateway, example.source, variables, accessToken ? { authorization: `Bearer ${accessToken}` } : {});
    expect({ example: name, status: result.status, errors: result.errors }).toEqual({ example: name, status: 200, errors: undefined });
    const data = result.data as Record<string, unknown>;
    for (const [field, value] of Object.entries(data)) expect({ example: name, field, isNull: value === null }).toEqual({ example: name, field, isNull: false });
    ran.add(name);
    return result.data as T;
  }

  beforeAll(async () => {
    platform = await apiPlatform();
  }, 120_000);

  // State carried from one step of the journey to the next.
  let therapistId: string;
  let consents: Array<{ kind: string; version: string }>;
  const newAccount = { email: `example-${randomBytes(4).toString('hex')}@example.org`, password: 'a long passphrase of my own' };
  let session: { accessToken: string; refreshToken: string };
  let meId: string;

  it('searches the directory near a postcode with filters, and opens a profile from the results', async () => {
    const found = await run<{ searchTherapists: { totalCount: number; edges: Array<{ distanceKm: number | null; node: { id: string } }> } }>('SearchTherapists');
    expect(found.searchTherapists.totalCount).toBeGreaterThan(0);
    expect(found.searchTherapists.edges[0].distanceKm).toEqual(expect.any(Number));
    therapistId = found.searchTherapists.edges[0].node.id;
    const profile = await run<{ therapist: { id: string; listed: boolean } }>('TherapistProfile', { id: therapistId });
    expect(profile.therapist).toMatchObject({ id: therapistId, listed: true });
  });

  it('signs up with the consent documents in force', async () => {
    const documents = await run<{ consentDocuments: Array<{ kind: string; version: string }> }>('ConsentDocuments');
    consents = documents.consentDocuments.map(({ kind, version }) => ({ kind, version }));
    expect(consents.map((c) => c.kind).sort()).toEqual(['HEALTH_DATA_PROCESSING', 'PRIVACY_NOTICE', 'TERMS_OF_USE']);
    const input = { ...(byName.get('SignUp')!.variables.input as object), ...newAccount, consents };
    const signedUp = await run<{ signUp: boolean }>('SignUp', { input });
    expect(signedUp.signUp).toBe(true);
    // Signing in with the same email and password is how the new account shows.
    const login = await run<{ login: { accessToken: string } }>('Login', { input: newAccount });
    const me = await run<{ me: { email: string; role: string; hasHealthDataConsent: boolean } }>('Me', {}, login.login.accessToken);
    expect(me.me).toMatchObject({ email: newAccount.email, role: 'CLIENT', hasHealthDataConsent: true });
  });

  it('logs in as a demo client and reads their own account, bookings, care plans (logging an activity and a questionnaire) and data export', async () => {
    const login = await run<{ login: { mfaRequired: boolean; accessToken: string; refreshToken: string } }>('Login', {
      input: { email: client.email, password: DEMO_PASSWORD },
    });
    expect(login.login.mfaRequired).toBe(false);
    session = { accessToken: login.login.accessToken, refreshToken: login.login.refreshToken };

    const me = await run<{ me: { id: string; email: string } }>('Me', {}, session.accessToken);
    expect(me.me).toMatchObject({ id: client.id, email: client.email });
    meId = me.me.id;
    const bookings = await run<{ me: { bookings: { totalCount: number } } }>('MyBookings', {}, session.accessToken);
    expect(bookings.me.bookings.totalCount).toBe(roster.bookings.filter((b) => b.clientId === client.id).length);
    const plans = await run<{ me: { carePlans: Array<{ id: string; activities: Array<{ id: string }> }> } }>('MyCarePlans', {}, session.accessToken);
    expect(plans.me.carePlans).toHaveLength(roster.carePlans.filter((p) => p.clientId === client.id).length);
    const [plan] = plans.me.carePlans;
    const logged = await run<{ logActivity: { mood: number } }>('LogActivity', { activityId: plan.activities[0].id }, session.accessToken);
    expect(logged.logActivity.mood).toBe(4);
    const scored = await run<{ submitQuestionnaire: { total: number; severity: string } }>('SubmitQuestionnaire', { carePlanId: plan.id }, session.accessToken);
    expect(scored.submitQuestionnaire).toMatchObject({ total: 6, severity: 'MILD' });
    const accesses = await run<{ carePlanAccessLog: { edges: Array<{ node: { action: string; actorRole: string } }> } }>('CarePlanAccessLog', {}, session.accessToken);
    expect(accesses.carePlanAccessLog.edges.map((e) => e.node)).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'READ', actorRole: 'CLIENT' })]));
    const exported = await run<{ exportMyData: { userId: string } }>('ExportMyData', {}, session.accessToken);
    expect(exported.exportMyData.userId).toBe(meId);
  });

  it('books a session at a free time with an idempotency key, which the therapist sees in their agenda, moves and cancels it, and joins and leaves a waitlist', async () => {
    // An approved listing giving online sessions, with a schedule from the seed.
    const listing = roster.therapists.find((t) => t.status === 'APPROVED' && t.sessionFormats.includes('ONLINE'))!;
    const from = new Date(Date.now() + 3 * DAY).toISOString();
    const to = new Date(Date.now() + 17 * DAY).toISOString();
    type Free = { therapist: { id: string; cancellationPolicy: { freeCancellationHours: number }; availability: Array<{ startsAt: string }> } };
    const free = await run<Free>('TherapistAvailability', { id: listing.id, from, to });
    expect(free.therapist.cancellationPolicy.freeCancellationHours).toEqual(expect.any(Number));
    const slots = free.therapist.availability.map((s) => s.startsAt);
    expect(slots.length).toBeGreaterThan(2);

    type Booked = { createBooking: { id: string; status: string; startsAt: string; movesLeft: number; freeCancellationUntil: string } };
    const input = { ...(byName.get('CreateBooking')!.variables.input as object), therapistId: listing.id, startsAt: slots[0] };
    const idempotencyKey = randomUUID();
    const booked = await run<Booked>('CreateBooking', { idempotencyKey, input }, session.accessToken);
    expect(booked.createBooking).toMatchObject({ startsAt: slots[0], status: expect.stringMatching(/^(CONFIRMED|REQUESTED)$/) });
    // A retry with the same key and input (say, after a timeout) answers with the same booking.
    const retried = await run<Booked>('CreateBooking', { idempotencyKey, input }, session.accessToken);
    expect(retried.createBooking.id).toBe(booked.createBooking.id);

    const id = booked.createBooking.id;
    const movedTo = slots.at(-1)!;
    const moved = await run<{ rescheduleBooking: { startsAt: string; movesLeft: number; history: Array<{ action: string; newStartsAt: string }> } }>('RescheduleBooking', { id, startsAt: movedTo }, session.accessToken);
    expect(moved.rescheduleBooking).toMatchObject({ startsAt: movedTo, movesLeft: booked.createBooking.movesLeft - 1 });
    expect(moved.rescheduleBooking.history.at(-1)).toMatchObject({ action: 'RESCHEDULE', newStartsAt: movedTo });

    // The therapist's diary: the session in their agenda, then new rules for later bookings.
    const therapistEmail = roster.users.find((u) => u.id === listing.userId)!.email;
    const therapistToken = (await run<{ login: { accessToken: string } }>('Login', { input: { email: therapistEmail, password: DEMO_PASSWORD } })).login.accessToken;
    type Agenda = { me: { therapistProfile: { id: string; bookings: { edges: Array<{ node: { id: string; client: { id: string } } }> } } } };
    const window = { statuses: ['REQUESTED', 'CONFIRMED'], startsFrom: new Date(Date.now()).toISOString(), startsBefore: new Date(Date.now() + 18 * DAY).toISOString() };
    const agenda = await run<Agenda>('TherapistAgenda', { filter: window }, therapistToken);
    expect(agenda.me.therapistProfile.bookings.edges.map((e) => e.node)).toEqual(expect.arrayContaining([expect.objectContaining({ id, client: expect.objectContaining({ id: meId }) })]));
    const mine = await run<{ me: { therapistProfile: { id: string; schedule: { version: number } | null } } }>('MySchedule', {}, therapistToken);
    expect(mine.me.therapistProfile.id).toBe(listing.id);
    const schedule = await run<{ setTherapistSchedule: { cancellationCutoffHours: number; version: number } }>(
      'SetTherapistSchedule',
      { therapistId: listing.id, expectedVersion: mine.me.therapistProfile.schedule?.version ?? null },
      therapistToken,
    );
    expect(schedule.setTherapistSchedule.cancellationCutoffHours).toBe(48);
    expect(schedule.setTherapistSchedule.version).toBeGreaterThan(mine.me.therapistProfile.schedule?.version ?? 0);

    type Cancelled = { cancelBooking: { id: string; status: string; cancelledBy: string; lateCancellation: boolean } };
    const cancelled = await run<Cancelled>('CancelBooking', { id }, session.accessToken);
    expect(cancelled.cancelBooking).toMatchObject({ id, status: 'CANCELLED', cancelledBy: 'CLIENT', lateCancellation: false });

    const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
    const joined = await run<{ joinWaitlist: { id: string } }>('JoinWaitlist', { input: { therapistId: listing.id, from: day(3), to: day(30), format: 'ONLINE' } }, session.accessToken);
    const waiting = await run<{ myWaitlist: Array<{ id: string; therapist: { id: string } }> }>('MyWaitlist', {}, session.accessToken);
    expect(waiting.myWaitlist).toEqual(expect.arrayContaining([expect.objectContaining({ id: joined.joinWaitlist.id, therapist: expect.objectContaining({ id: listing.id }) })]));
    const left = await run<{ leaveWaitlist: { id: string; endedAt: string | null } }>('LeaveWaitlist', { id: joined.joinWaitlist.id }, session.accessToken);
    expect(left.leaveWaitlist).toEqual({ id: joined.joinWaitlist.id, endedAt: expect.any(String) });
  });

  it("reads the demo client's notifications, marks an unread one read and turns check-in invitations off", async () => {
    const token = (await run<{ login: { accessToken: string } }>('Login', { input: { email: 'client01@caregraph.example', password: DEMO_PASSWORD } })).login.accessToken;
    type Inbox = { myUnreadNotificationCount: number; myNotifications: { edges: Array<{ node: { id: string; readAt: string | null } }> } };
    const inbox = await run<Inbox>('MyNotifications', { unreadOnly: true }, token);
    expect(inbox.myUnreadNotificationCount).toBeGreaterThan(0);
    const unread = inbox.myNotifications.edges[0].node;
    expect(unread.readAt).toBeNull();
    const marked = await run<{ markNotificationsRead: Array<{ id: string; readAt: string | null }> }>('MarkNotificationsRead', { ids: [unread.id] }, token);
    expect(marked.markNotificationsRead).toEqual([{ id: unread.id, readAt: expect.any(String) }]);
    const preferences = await run<{ updateNotificationPreferences: { reminders: boolean; invitations: boolean } }>('UpdateNotificationPreferences', {}, token);
    expect(preferences.updateNotificationPreferences).toEqual({ reminders: true, invitations: false });
  });

  it("signs in as demo therapists: today's open risk flags (acknowledging the oldest), their clients, a progress review, and a request to confirm", async () => {
    const signIn = async (userId: string) => {
      const email = roster.users.find((u) => u.id === userId)!.email;
      const login = await run<{ login: { mfaRequired: boolean; accessToken: string } }>('Login', { input: { email, password: DEMO_PASSWORD } });
      expect(login.login.mfaRequired).toBe(false);
      return login.login.accessToken;
    };
    const therapistOf = (listingId: string) => roster.therapists.find((t) => t.id === listingId)!;
    // The seed leaves an open PHQ-9 item-9 flag on every fourth plan past the first draft (seed-demo.ts): plan 5's therapist has one.
    const flaggedTherapist = therapistOf(roster.carePlans[5].therapistId);
    const token = await signIn(flaggedTherapist.userId);
    const flags = await run<{ myOpenRiskFlags: { totalCount: number; edges: Array<{ node: { id: string; raisedAt: string; client: { id: string } } }> } }>('MyOpenRiskFlags', {}, token);
    expect(flags.myOpenRiskFlags.totalCount).toBeGreaterThan(0);
    const raised = flags.myOpenRiskFlags.edges.map((e) => e.node.raisedAt);
    expect(raised).toEqual([...raised].sort());
    const oldest = flags.myOpenRiskFlags.edges[0].node;
    const acknowledged = await run<{ acknowledgeRiskFlag: { id: string; acknowledgedAt: string } }>('AcknowledgeRiskFlag', { id: oldest.id }, token);
    expect(acknowledged.acknowledgeRiskFlag).toMatchObject({ id: oldest.id, acknowledgedAt: expect.any(String) });
    const after = await run<{ myOpenRiskFlags: { totalCount: number } }>('MyOpenRiskFlags', {}, token);
    expect(after.myOpenRiskFlags.totalCount).toBe(flags.myOpenRiskFlags.totalCount - 1);
    const clients = await run<{ myClients: { edges: Array<{ node: { client: { id: string; displayName: string } } }> } }>('MyClients', {}, token);
    const expected = new Set(roster.bookings.filter((b) => b.therapistId === flaggedTherapist.id && b.status !== 'CANCELLED' && b.status !== 'DECLINED').map((b) => b.clientId));
    expect(new Set(clients.myClients.edges.map((e) => e.node.client.id))).toEqual(expected);
    expect(clients.myClients.edges.every((e) => e.node.client.displayName.length > 0)).toBe(true);

    // A progress review on the flagged plan, against the version just read.
    const planId = roster.carePlans[5].id;
    const read = await graphqlRequest<{ carePlan: { version: number } }>(platform.urls.gateway, 'query ($id: ID!) { carePlan(id: $id) { version } }', { id: planId }, { authorization: `Bearer ${token}` });
    const reviewed = await run<{ recordProgressReview: { copmPerformance: number; questionnaires: Array<{ kind: string; total: number; severity: string }> } }>(
      'RecordProgressReview',
      { carePlanId: planId, expectedVersion: read.data!.carePlan.version },
      token,
    );
    expect(reviewed.recordProgressReview.copmPerformance).toBe(4);
    expect(reviewed.recordProgressReview.questionnaires.map(({ kind, total, severity }) => ({ kind, total, severity })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'GAD7', total: 4, severity: 'MINIMAL' },
      { kind: 'PHQ9', total: 8, severity: 'MILD' },
    ]);

    const requested = roster.bookings.find((b) => b.status === 'REQUESTED' && b.startsAt.getTime() > Date.now() + 3_600_000 && therapistOf(b.therapistId).status === 'APPROVED')!;
    const confirmed = await run<{ confirmBooking: { id: string; status: string } }>('ConfirmBooking', { id: requested.id }, await signIn(therapistOf(requested.therapistId).userId));
    expect(confirmed.confirmBooking).toEqual(expect.objectContaining({ id: requested.id, status: 'CONFIRMED' }));
  });

  it('refreshes the session, then signs out', async () => {
    const refreshed = await run<{ refreshSession: { accessToken: string; refreshToken: string } }>('RefreshSession', { refreshToken: session.refreshToken });
    expect(refreshed.refreshSession.refreshToken).not.toBe(session.refreshToken);
    const loggedOut = await run<{ logout: boolean }>('Logout', { refreshToken: refreshed.refreshSession.refreshToken });
    expect(loggedOut.logout).toBe(true);
  });

  it('signs in as the demo admin with two-step verification and reads the moderation queue', async () => {
    const login = await run<{ login: { mfaRequired: boolean; mfaEnrolmentRequired: boolean; mfaToken: string | null; accessToken: string | null } }>('Login', {
      input: { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD },
    });
    let accessToken = login.login.accessToken;
    if (login.login.mfaRequired) {
      expect(login.login.mfaEnrolmentRequired).toBe(false);
      const completed = await run<{ completeMfaLogin: { accessToken: string; user: { role: string } } }>('CompleteMfaLogin', {
        mfaToken: login.login.mfaToken,
        code: await nextDemoAdminCode(platform),
      });
      expect(completed.completeMfaLogin.user.role).toBe('ADMIN');
      accessToken = completed.completeMfaLogin.accessToken;
    }
    const queue = await run<{ moderationQueue: { totalCount: number } }>('ModerationQueue', {}, accessToken!);
    expect(queue.moderationQueue.totalCount).toBeGreaterThan(0);
  });

  it("gets the demo practice's client-credentials token as the guide shows, and reads who it is", async () => {
    const response = await fetch(new URL('/oauth/token', platform.urls.gateway), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${DEMO_API_CLIENT_ID}:${DEMO_API_CLIENT_SECRET}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'organisation:read' }),
    });
    expect(response.status).toBe(200);
    const token = (await response.json()) as { access_token: string; scope: string };
    expect(token.scope).toBe('organisation:read');
    const who = await run<{ currentApiClient: { id: string }; currentOrganisation: { id: string; verified: boolean } }>('CurrentApiClient', {}, token.access_token);
    expect(who).toMatchObject({ currentApiClient: { id: DEMO_API_CLIENT_ID }, currentOrganisation: { id: DEMO_ORGANISATION_ID, verified: true } });

    // The guide's Node function, as printed there, gets a token too, and throws with the OAuth error on a wrong secret.
    const caregraphToken = guideFunction<(options: object) => Promise<{ access_token: string; expires_in: number }>>('caregraphToken', { fetch, URL, URLSearchParams, Buffer });
    const fromGuide = await caregraphToken({ gateway: platform.urls.gateway, clientId: DEMO_API_CLIENT_ID, clientSecret: DEMO_API_CLIENT_SECRET });
    expect(fromGuide.expires_in).toBe(900);
    expect(await run('CurrentApiClient', {}, fromGuide.access_token)).toBeDefined();
    await expect(caregraphToken({ gateway: platform.urls.gateway, clientId: DEMO_API_CLIENT_ID, clientSecret: 'cgs_wrong' })).rejects.toThrow(/^invalid_client: /);
  });

  it("refers a demo client from the demo practice's system, the therapist accepts from their inbox, and the client finds it", async () => {
    const tokenFor = (scope: string) => demoPracticeToken(platform.urls.gateway, scope);
    // The practice's system subscribes a receiver of its own (local: this platform allows it outside production).
    const receiver = await startWebhookReceiver(204);
    const eventsToken = await tokenFor('events:manage referrals:read');
    const subscription = byName.get('CreateWebhookEndpoint')!.variables as { input: Record<string, unknown> };
    const subscribed = await run<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>('CreateWebhookEndpoint', {
      input: { ...subscription.input, url: receiver.url('/caregraph/events') },
    }, eventsToken);
    expect(subscribed.createWebhookEndpoint.secret).toMatch(/^whsec_/);
    const person = roster.users.filter((u) => u.role === 'CLIENT')[11];
    const therapist = roster.therapists.find((t) => t.status === 'APPROVED')!;
    const example = byName.get('SubmitReferral')!.variables as { input: { person: Record<string, string> } };
    const submitted = await run<{ submitReferral: { id: string; status: string } }>('SubmitReferral', {
      idempotencyKey: randomBytes(8).toString('hex'),
      input: { ...example.input, therapistId: therapist.id, person: { ...example.input.person, email: person.email } },
    }, await tokenFor('referrals:write'));
    expect(submitted.submitReferral.status).toBe('SUBMITTED');
    const login = await run<{ login: { accessToken: string } }>('Login', { input: { email: roster.users.find((u) => u.id === therapist.userId)!.email, password: DEMO_PASSWORD } });
    const inbox = await run<{ referralInbox: { edges: Array<{ node: { id: string } }> } }>('ReferralInbox', {}, login.login.accessToken);
    expect(inbox.referralInbox.edges.map((e) => e.node.id)).toContain(submitted.submitReferral.id);
    const accepted = await run<{ acceptReferral: { status: string } }>('AcceptReferral', { referralId: submitted.submitReferral.id }, login.login.accessToken);
    expect(accepted.acceptReferral.status).toBe('ACCEPTED');
    const followed = await run<{ organisationReferrals: { edges: Array<{ node: { id: string; status: string } }> } }>('OrganisationReferrals', {}, await tokenFor('referrals:read'));
    expect(followed.organisationReferrals.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ id: submitted.submitReferral.id, status: 'ACCEPTED' }));
    const clientLogin = await run<{ login: { accessToken: string } }>('Login', { input: { email: person.email, password: DEMO_PASSWORD } });
    const mine = await run<{ myReferrals: Array<{ id: string; status: string }> }>('MyReferrals', {}, clientLogin.login.accessToken);
    expect(mine.myReferrals).toContainEqual(expect.objectContaining({ id: submitted.submitReferral.id, status: 'ACCEPTED' }));

    // The acceptance reached the receiver; the delivery log shows it SENT, and it can be sent again. Only this
    // endpoint's log counts: the integrators' suite before this one left a practice endpoint with its own.
    type Log = { webhookEndpoints: Array<{ id: string; deliveries: { items: Array<{ id: string; eventType: string; status: string }> } }> };
    let sent: { id: string } | undefined;
    for (let tries = 0; !sent && tries < 100; tries += 1) {
      const log = await run<Log>('WebhookDeliveries', { status: 'SENT', limit: 20 }, eventsToken);
      sent = log.webhookEndpoints.find((e) => e.id === subscribed.createWebhookEndpoint.endpoint.id)?.deliveries.items.find((d) => d.eventType === 'REFERRAL_ACCEPTED');
      if (!sent) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(sent).toBeDefined();
    expect(receiver.heard.length).toBeGreaterThanOrEqual(1);
    const replayed = await run<{ replayWebhookDelivery: { status: string; replays: number } }>('ReplayWebhookDelivery', { id: sent!.id }, eventsToken);
    expect(replayed.replayWebhookDelivery).toEqual(expect.objectContaining({ status: 'PENDING', replays: 1 }));
    await receiver.close();
  });

  it('deletes the account it signed up, confirmed with its password', async () => {
    const login = await run<{ login: { accessToken: string } }>('Login', { input: newAccount });
    const deleted = await run<{ deleteMyAccount: { deletedRecords: number; retainedRecords: number } }>(
      'DeleteMyAccount',
      { input: { password: newAccount.password } },
      login.login.accessToken,
    );
    expect(deleted.deleteMyAccount).toMatchObject({ deletedRecords: 0, retainedRecords: 0 });
  });

  it('ran every example', () => {
    expect(examples.map((e) => e.name).filter((name) => !ran.has(name))).toEqual([]);
  });
});

// The data provider's accounts, bookings, audit-log and dashboard parts against the real platform:
// every method, the filters, and how graph errors reach react-admin.
import type { RunningPlatform } from '../../../test/support/platform';
import type { AuditRecord } from '../audit/audit-handler';
import { DEMO_API_CLIENT_ID, DEMO_API_CLIENT_SECRET, DEMO_ORGANISATION_ID } from '@caregraph/demo-data';
import type { BookingSummaryFragment, CarePlanStatusViewFragment, ReferralSummaryFragment, UserDetailFragment, UserSummaryFragment } from '../gql/graphql';
import { createGraphClient } from '../graphql/client';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, dashboardWiring, rawGraphql, signInDemoAdmin, sharedTestPlatform } from '../test/platform-session';
import { createDataProvider, type CaregraphDataProvider } from './data-provider';

const page = (perPage = 100, p = 1) => ({ page: p, perPage });
type Sort = { field: string; order: 'ASC' | 'DESC' };
const list = (filter: Record<string, unknown> = {}, sort: Sort = { field: 'createdAt', order: 'DESC' }, pagination = page()) => ({ pagination, sort, filter });

describe('the data provider: accounts, bookings, audit log and dashboard, on the real graph', () => {
  let platform: RunningPlatform;
  let provider: CaregraphDataProvider;
  let adminId: string;

  beforeAll(async () => {
    platform = await sharedTestPlatform();
    const { client, sessions } = dashboardWiring(platform.urls.gateway);
    adminId = (await signInDemoAdmin(sessions, platform)).user.id;
    provider = createDataProvider(client);
  }, 150_000);

  const users = async (filter: Record<string, unknown> = {}, sort?: Sort) =>
    provider.getList<UserSummaryFragment>('users', list(filter, sort));
  const client = async (n: number) => (await users({ q: `client${String(n).padStart(2, '0')}@` })).data[0];

  describe('users', () => {
    it('lists accounts newest first with the total, searches, filters by role and pages beyond the graph page', async () => {
      const all = await users();
      expect(all.total).toBeGreaterThanOrEqual(61);
      expect(all.data).toHaveLength(Math.min(100, all.total!));
      const joined = all.data.map((u) => u.createdAt);
      expect([...joined].sort().reverse()).toEqual(joined);

      const therapists = await users({ role: 'THERAPIST' });
      expect(therapists.total).toBe(36);
      expect(therapists.data.every((u) => u.role === 'THERAPIST')).toBe(true);
      expect((await users({ q: 'CLIENT07@' })).data.map((u) => u.email)).toEqual(['client07@caregraph.example']);

      // 150 rows: two requests to the graph (its pages hold at most 100), one answer.
      const wide = await provider.getList<UserSummaryFragment>('users', list({}, { field: 'email', order: 'ASC' }, page(150)));
      expect(wide.data).toHaveLength(Math.min(150, wide.total!));
      const emails = wide.data.map((u) => u.email!);
      expect(emails).toEqual([...emails].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
      const second = await provider.getList<UserSummaryFragment>('users', list({}, { field: 'email', order: 'ASC' }, page(10, 2)));
      expect(second.data.map((u) => u.email)).toEqual(emails.slice(10, 20));
    });

    it('reads one account with its consents, and several', async () => {
      const someone = await client(3);
      const { data } = await provider.getOne<UserDetailFragment>('users', { id: someone.id });
      expect(data).toMatchObject({ id: someone.id, email: 'client03@caregraph.example', role: 'CLIENT' });
      expect(data.consents!.map((c) => c.kind).sort()).toEqual(['HEALTH_DATA_PROCESSING', 'PRIVACY_NOTICE', 'TERMS_OF_USE']);
      const many = await provider.getMany<UserDetailFragment>('users', { ids: [someone.id, adminId] });
      expect(many.data.map((u) => u.email)).toEqual(['client03@caregraph.example', DEMO_ADMIN_EMAIL]);
      await expect(provider.getOne('users', { id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ status: 404 });
    });

    it('locks and unlocks an account and changes a role, each with a reason; refuses without one, or twice', async () => {
      const someone = await client(5);
      const locked = await provider.update<UserDetailFragment>('users', { id: someone.id, data: { action: 'lock', reason: 'Suspicious sign-ins reported' }, previousData: someone });
      expect(locked.data.lockedAt).toEqual(expect.any(String));
      expect((await users({ locked: 'true' })).data.map((u) => u.id)).toContain(someone.id);
      await expect(provider.update('users', { id: someone.id, data: { action: 'lock', reason: 'Again' }, previousData: someone })).rejects.toMatchObject({
        status: 409,
        message: expect.stringMatching(/already locked/i),
      });
      const unlocked = await provider.update<UserDetailFragment>('users', { id: someone.id, data: { action: 'unlock', reason: 'Owner confirmed by phone' }, previousData: someone });
      expect(unlocked.data.lockedAt).toBeNull();

      const other = await client(6);
      const promoted = await provider.update<UserDetailFragment>('users', { id: other.id, data: { action: 'changeRole', role: 'THERAPIST', reason: 'Registered as an OT' }, previousData: other });
      expect(promoted.data.role).toBe('THERAPIST');

      await expect(provider.update('users', { id: other.id, data: { action: 'lock', reason: '   ' }, previousData: other })).rejects.toMatchObject({ status: 400, body: { errors: { reason: expect.any(String) } } });
      await expect(provider.update('users', { id: other.id, data: { action: 'changeRole', reason: 'No role given' }, previousData: other })).rejects.toMatchObject({ status: 400, body: { errors: { role: expect.any(String) } } });
      await expect(provider.update('users', { id: other.id, data: { displayName: 'Edited' }, previousData: other })).rejects.toMatchObject({ status: 400 });
      await expect(provider.update('users', { id: adminId, data: { action: 'lock', reason: 'Myself' }, previousData: {} as never })).rejects.toMatchObject({ status: 403 });
      await expect(provider.create('users', { data: {} })).rejects.toMatchObject({ status: 405 });
      await expect(provider.delete('users', { id: other.id })).rejects.toMatchObject({ status: 405 });
      await expect(provider.updateMany('users', { ids: [other.id], data: { action: 'lock', reason: 'x' } })).rejects.toMatchObject({ status: 405 });
    });
  });

  describe('bookings', () => {
    const bookings = (filter: Record<string, unknown> = {}, sort: Sort = { field: 'startsAt', order: 'DESC' }) => provider.getList<BookingSummaryFragment>('bookings', list(filter, sort as never));

    it('lists bookings by start time with filters by status, London dates, client and therapist', async () => {
      const all = await bookings();
      expect(all.total).toBeGreaterThan(20);
      const starts = all.data.map((b) => b.startsAt);
      expect([...starts].sort().reverse()).toEqual(starts);
      const earliest = await bookings({}, { field: 'startsAt', order: 'ASC' });
      expect(earliest.data[0].startsAt <= earliest.data[1].startsAt).toBe(true);

      const cancelled = await bookings({ status: 'CANCELLED' });
      expect(cancelled.total).toBeGreaterThan(0);
      expect(cancelled.data.every((b) => b.status === 'CANCELLED')).toBe(true);

      const sample = all.data[Math.floor(all.data.length / 2)];
      const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(sample.startsAt));
      const thatDay = await bookings({ from: day, to: day });
      expect(thatDay.data.map((b) => b.id)).toContain(sample.id);
      for (const b of thatDay.data) expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(b.startsAt))).toBe(day);

      const theirs = await bookings({ clientId: sample.client!.id, therapistId: sample.therapist.id });
      expect(theirs.data.map((b) => b.id)).toContain(sample.id);
      expect(theirs.data.every((b) => b.client!.id === sample.client!.id && b.therapist.id === sample.therapist.id)).toBe(true);
      const byReference = await provider.getManyReference<BookingSummaryFragment>('bookings', { target: 'clientId', id: sample.client!.id, pagination: page(50), sort: { field: 'startsAt', order: 'DESC' }, filter: {} });
      expect(byReference.total).toBe((await bookings({ clientId: sample.client!.id })).total);
    });

    it('reads one booking with its history and no clinical details; refuses bad filters and any change', async () => {
      const [booking] = (await bookings({ status: 'CONFIRMED' })).data;
      const { data } = await provider.getOne<{ id: string } & Record<string, unknown>>('bookings', { id: booking.id });
      expect(data).toMatchObject({ id: booking.id, status: 'CONFIRMED', history: expect.any(Array) });
      for (const hidden of ['note', 'videoRoomUrl', 'homeVisitPostcode', 'cancellationReason']) expect(data).not.toHaveProperty(hidden);
      expect((await provider.getMany('bookings', { ids: [booking.id] })).data).toHaveLength(1);

      await expect(bookings({ from: '2026-03-10', to: '2026-03-01' })).rejects.toMatchObject({ status: 400, body: { errors: { to: expect.any(String) } } });
      await expect(bookings({ from: '10/03/2026' })).rejects.toMatchObject({ status: 400, body: { errors: { from: expect.any(String) } } });
      await expect(bookings({ clientId: 'someone' })).rejects.toMatchObject({ status: 400, body: { errors: { clientId: expect.any(String) } } });
      await expect(provider.getManyReference('bookings', { target: 'note', id: 'x', pagination: page(), sort: { field: 'startsAt', order: 'DESC' }, filter: {} })).rejects.toMatchObject({ status: 400 });
      await expect(provider.update('bookings', { id: booking.id, data: { status: 'CANCELLED' }, previousData: booking })).rejects.toMatchObject({ status: 405 });
      await expect(provider.getOne('bookings', { id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ status: 404 });
    });
  });

  describe('care plans', () => {
    const plans = (filter: Record<string, unknown> = {}) => provider.getList<CarePlanStatusViewFragment>('carePlans', list(filter, { field: 'updatedAt', order: 'DESC' }));

    it('lists plans by status, therapist and client, and reads one: existence and status only', async () => {
      const all = await plans();
      expect(all.total).toBeGreaterThan(0);
      const [plan] = all.data;
      for (const content of ['summary', 'goals', 'activities', 'reviews', 'riskFlags']) expect(plan).not.toHaveProperty(content);
      expect((await plans({ status: plan.status })).data.every((p) => p.status === plan.status)).toBe(true);
      expect((await plans({ clientId: plan.client!.id })).data.every((p) => p.client!.id === plan.client!.id)).toBe(true);
      expect((await plans({ therapistId: plan.therapist.id })).data.map((p) => p.id)).toContain(plan.id);
      expect((await provider.getOne<CarePlanStatusViewFragment>('carePlans', { id: plan.id })).data).toMatchObject({ id: plan.id, status: plan.status });
      await expect(plans({ status: 'LOST' })).rejects.toMatchObject({ status: 400, body: { errors: { status: expect.any(String) } } });
      await expect(provider.update('carePlans', { id: plan.id, data: { status: 'CANCELLED' }, previousData: plan })).rejects.toMatchObject({ status: 405 });
    });

    it('opens a plan with break-glass only with a reason, and the use is in the audit log', async () => {
      const [plan] = (await plans()).data;
      await expect(provider.openCarePlanWithBreakGlass(plan.id, 'too short')).rejects.toMatchObject({ status: 400, body: { errors: { reason: expect.any(String) } } });
      const { data } = await provider.openCarePlanWithBreakGlass(plan.id, 'Safeguarding concern raised by the GP today');
      expect(data).toMatchObject({ id: plan.id, summary: expect.any(String), goals: expect.any(Array) });
      const audit = await provider.getList<AuditRecord>('auditLog', list({ source: 'BREAK_GLASS', recordId: plan.id }, { field: 'at', order: 'DESC' }));
      expect(audit.data[0]).toMatchObject({ action: 'BREAK_GLASS', reason: 'Safeguarding concern raised by the GP today', actor: { id: adminId }, record: { type: 'CARE_PLAN', id: plan.id } });
    });
  });

  describe('audit log', () => {
    const audit = (filter: Record<string, unknown> = {}, pagination = page(50)) => provider.getList<AuditRecord>('auditLog', list(filter, { field: 'at', order: 'DESC' }, pagination));

    it('merges moderation decisions and account actions newest first, filterable by kind, admin, record and date', async () => {
      // One fresh entry of each kind.
      const [queued] = (await provider.getList<{ id: string; listing: { version: number } }>('moderationQueue', list({ kind: 'LISTING_REVIEW' }, { field: 'queue', order: 'ASC' }))).data;
      await provider.moderate(queued.id, 'requestChanges', { reason: 'Add your session fee', expectedVersion: queued.listing.version });
      const someone = await client(9);
      await provider.update('users', { id: someone.id, data: { action: 'lock', reason: 'Audit test lock' }, previousData: someone });

      const all = await audit();
      expect(all.total).toBeGreaterThanOrEqual(2);
      const at = all.data.map((r) => r.at);
      expect([...at].sort().reverse()).toEqual(at);
      expect(all.data[0]).toMatchObject({ source: 'ACCOUNT', action: 'LOCK', reason: 'Audit test lock', actor: { id: adminId }, record: { type: 'ACCOUNT', id: someone.id, label: someone.displayName } });
      expect(all.data.find((r) => r.source === 'MODERATION' && r.record.id === queued.id)).toMatchObject({ action: 'CHANGES_REQUESTED', reason: 'Add your session fee', record: { type: 'LISTING' } });

      expect((await audit({ source: 'ACCOUNT' })).data.every((r) => r.source === 'ACCOUNT')).toBe(true);
      expect((await audit({ recordId: queued.id })).data.map((r) => r.action)).toEqual(['CHANGES_REQUESTED']);
      expect((await audit({ actorId: adminId })).data.every((r) => r.actor?.id === adminId)).toBe(true);
      expect((await audit({ actorId: '00000000-0000-4000-8000-000000000000' })).total).toBe(0);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
      expect((await audit({ from: today, to: today })).data.map((r) => r.record.id)).toEqual(expect.arrayContaining([someone.id, queued.id]));
      expect((await audit({ to: '2000-01-01' })).total).toBe(0);

      // Page 2 of the merge is the continuation of page 1.
      const first = await audit({}, page(1, 1));
      const second = await audit({}, page(1, 2));
      expect([first.data[0].id, second.data[0].id]).toEqual(all.data.slice(0, 2).map((r) => r.id));
      const mine = await provider.getManyReference<AuditRecord>('auditLog', { target: 'recordId', id: someone.id, pagination: page(10), sort: { field: 'at', order: 'DESC' }, filter: {} });
      expect(mine.data.map((r) => r.action)).toEqual(['LOCK']);
    });

    it('refuses bad filters, a page of its own and any change', async () => {
      await expect(audit({ recordId: 'not-an-id' })).rejects.toMatchObject({ status: 400, body: { errors: { recordId: expect.any(String) } } });
      await expect(audit({ source: 'EMAIL' })).rejects.toMatchObject({ status: 400 });
      await expect(audit({ from: '2026-02-01', to: '2026-01-01' })).rejects.toMatchObject({ status: 400, body: { errors: { to: expect.any(String) } } });
      await expect(provider.getOne('auditLog', { id: 'ACCOUNT:x' })).rejects.toMatchObject({ status: 405 });
      await expect(provider.delete('auditLog', { id: 'ACCOUNT:x' })).rejects.toMatchObject({ status: 405 });
    });
  });

  it('reads the dashboard figures in one request, matching the lists', async () => {
    const { data } = await provider.dashboard();
    const listings = await provider.getList<{ id: string; status: string }>('therapists', list({}, { field: 'displayName', order: 'ASC' }, page(1000)));
    for (const { status, count } of data.listingsByStatus) expect(count).toBe(listings.data.filter((l) => l.status === status).length);
    const queue = await provider.getList<{ id: string; waitingSince: string }>('moderationQueue', list({}, { field: 'queue', order: 'ASC' }, page(1000)));
    expect(data.waitingForReview).toBe(queue.total);
    expect(data.oldestWaitingSince).toBe([...queue.data.map((q) => q.waitingSince)].sort()[0]);
    expect(data.weekStarting).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${data.weekStarting}T12:00:00Z`).getUTCDay()).toBe(1);
    const week = await provider.getList('bookings', list({ from: data.weekStarting, to: new Date(Date.parse(`${data.weekStarting}T12:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10) }, { field: 'startsAt', order: 'DESC' }, page(1)));
    expect(data.bookingsThisWeek).toBe(week.total);
    // The demo accounts were all opened when the platform started.
    expect(data.newSignUps).toBe((await users()).total);
  });

  it('gives a non-admin 403 with a clear message on every new screen, and an anonymous caller 401', async () => {
    const login = await rawGraphql<{ login: { accessToken: string } }>(platform.urls.gateway, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
      input: { email: 'client02@caregraph.example', password: DEMO_PASSWORD },
    });
    const token = login.data!.login.accessToken;
    const asClient = createDataProvider(createGraphClient({ gatewayUrl: platform.urls.gateway, accessToken: async () => token }));
    for (const resource of ['users', 'bookings', 'carePlans', 'auditLog']) {
      await expect(asClient.getList(resource, list())).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/Only Caregraph admins/) });
    }
    await expect(asClient.dashboard()).rejects.toMatchObject({ status: 403 });
    const anonymous = createDataProvider(createGraphClient({ gatewayUrl: platform.urls.gateway }));
    await expect(anonymous.getList('users', list())).rejects.toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
  });

  describe('organisations', () => {
    it('creates one (the graph\'s field error named as the form\'s input), verifies it once, adds a member, creates an API client and revokes it', async () => {
      await expect(provider.create('organisations', { data: { name: 'Brookside Surgery (made up)', kind: 'GP_PRACTICE', odsCode: 'RX4' } })).rejects.toMatchObject({
        status: 400,
        body: { errors: { odsCode: expect.stringContaining('one letter and five digits') } },
      });
      await expect(provider.create('organisations', { data: { kind: 'GP_PRACTICE' } })).rejects.toMatchObject({ status: 400, body: { errors: { name: expect.any(String) } } });
      const { data: created } = await provider.create('organisations', { data: { name: 'Brookside Surgery (made up)', kind: 'GP_PRACTICE', odsCode: 'x54321', grantedScopes: ['REFERRALS_WRITE'] } });
      expect(created).toMatchObject({ odsCode: 'X54321', verified: false });
      const waiting = await provider.getList('organisations', list({ verified: 'false', q: 'Brookside' }));
      expect(waiting.data.map((o) => o.id)).toEqual([created.id]);
      await expect(provider.createApiClient(created.id, 'Too early', ['REFERRALS_WRITE'])).rejects.toMatchObject({ status: 409 });
      const verified = await provider.update('organisations', { id: created.id, data: { action: 'verify' }, previousData: created });
      expect(verified.data).toMatchObject({ verified: true });
      await expect(provider.update('organisations', { id: created.id, data: { action: 'verify' }, previousData: created })).rejects.toMatchObject({ status: 409, message: 'This organisation is already verified.' });
      const withMember = await provider.update('organisations', { id: created.id, data: { action: 'addMember', email: 'client13@caregraph.example', role: 'ADMIN' }, previousData: created });
      expect(withMember.data.members).toEqual([expect.objectContaining({ role: 'ADMIN', user: expect.objectContaining({ email: 'client13@caregraph.example' }) })]);
      await expect(provider.update('organisations', { id: created.id, data: { action: 'addMember', email: 'nobody-here@caregraph.example', role: 'MEMBER' }, previousData: created })).rejects.toMatchObject({
        status: 400,
        body: { errors: { email: expect.stringContaining('No Caregraph account') } },
      });
      const made = await provider.createApiClient(created.id, 'Practice referrals', ['REFERRALS_WRITE']);
      expect(made.clientSecret).toMatch(/^cgs_/);
      const revoked = await provider.update('organisations', { id: created.id, data: { action: 'revokeClient', apiClientId: made.clientId }, previousData: created });
      expect(revoked.data.apiClients).toEqual([expect.objectContaining({ id: made.clientId, active: false })]);
      await expect(provider.delete('organisations', { id: created.id, previousData: created })).rejects.toMatchObject({ status: 405 });
    });
  });

  describe('referrals', () => {
    it("lists an organisation's referrals by state, states only, and refuses a malformed organisation id before asking", async () => {
      const tokenAnswer = await fetch(new URL('/oauth/token', platform.urls.gateway), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${DEMO_API_CLIENT_ID}:${DEMO_API_CLIENT_SECRET}`).toString('base64')}` },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'referrals:write' }),
      });
      const token = ((await tokenAnswer.json()) as { access_token: string }).access_token;
      const therapistId = (await provider.getList<{ id: string }>('therapists', list({ status: 'APPROVED' }))).data[0].id;
      const answer = await rawGraphql<{ submitReferral: { id: string } }>(platform.urls.gateway, 'mutation($input: SubmitReferralInput!, $key: String!) { submitReferral(input: $input, idempotencyKey: $key) { id } }', {
        key: `admin-referrals-${Date.now()}`,
        input: { therapistId, person: { givenName: 'Kit', familyName: 'Example', dateOfBirth: '1985-05-05', email: 'kit.referred@caregraph.example' }, reason: 'Low mood.', conditions: ['ANXIETY'], urgency: 'ROUTINE', fundingRoute: 'NHS', referrerName: 'Dr F. Example', personConsented: true },
      }, token);
      expect(answer.errors).toBeUndefined();
      const submitted = answer.data!;
      const theirs = await provider.getList<ReferralSummaryFragment>('referrals', list({ organisationId: DEMO_ORGANISATION_ID, status: 'SUBMITTED' }));
      expect(theirs.data).toContainEqual(expect.objectContaining({ id: submitted.submitReferral.id, status: 'SUBMITTED', origin: 'ORGANISATION', urgency: 'ROUTINE', fundingRoute: 'NHS', therapist: expect.objectContaining({ id: therapistId }) }));
      expect(JSON.stringify(theirs.data)).not.toContain('kit.referred');
      const declined = await provider.getList('referrals', list({ organisationId: DEMO_ORGANISATION_ID, status: 'DECLINED' }));
      expect(declined.data.map((r) => r.id)).not.toContain(submitted.submitReferral.id);
      await expect(provider.getList('referrals', list({ organisationId: 'not-an-id' }))).rejects.toMatchObject({ status: 400, body: { errors: { organisationId: expect.any(String) } } });
      await expect(provider.getOne('referrals', { id: submitted.submitReferral.id })).rejects.toMatchObject({ status: 404 });
    });
  });
});

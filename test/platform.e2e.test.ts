// The whole platform as `npm start` runs it (four subgraph processes and the gateway, over
// HTTP, on the test PostgreSQL with migrations and demo data), asked one question that
// needs all four subgraphs.
import { currentDemoAdminCode, DEMO_PASSWORD } from '@caregraph/demo-data';
import { demoRoster } from '@caregraph/demo-data';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { randomBytes } from 'node:crypto';
import { dropPlatformDatabases, startPlatformProcess, type RunningPlatform } from './support/platform';

const TOUR = `
  query TherapistTour {
    therapists(first: 100) {
      totalCount
      edges {
        node {
          id
          displayName
          hcpcNumber
          user { id displayName email role }
          bookings(first: 10) { totalCount edges { node { id startsAt status client { id displayName } } } }
          carePlans { id status createdAt client { displayName } }
        }
      }
    }
  }
`;

interface TourResult {
  therapists: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        displayName: string;
        hcpcNumber: string;
        user: { id: string; displayName: string; email: string; role: string };
        bookings: { totalCount: number; edges: Array<{ node: { id: string; startsAt: string; status: string; client: { id: string; displayName: string } } }> };
        carePlans: Array<{ id: string; status: string; createdAt: string; client: { displayName: string } }>;
      };
    }>;
  };
}

describe('the platform end to end', () => {
  const prefix = `e2e_${randomBytes(3).toString('hex')}_`;
  let platform: RunningPlatform;

  beforeAll(async () => {
    // Every service logs at info, so the log check at the end sees what production would write.
    // Migrated and seeded here, as `npm start` does: the log check below reads those steps' lines too.
    // Eleven more processes than a start from the template: alone it is ready in about 15 s, but beside two other
    // platform starts and a browser file on 2 slow cores it once took past 90 s. So it gets three minutes.
    platform = await startPlatformProcess({ databaseUrl: process.env.TEST_DATABASE_URL!, databasePrefix: prefix, env: { LOG_LEVEL: 'info' }, fromTemplate: false, timeoutMs: 180_000 });
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
    await dropPlatformDatabases(process.env.TEST_DATABASE_URL!, prefix);
  }, 60_000);

  it('is ready: every subgraph answers its health check; readiness and metrics only on the operations ports', async () => {
    const ready = await fetch(platform.urls.ready);
    expect(ready.status).toBe(200);
    expect(new URL(platform.urls.ready).port).not.toBe(new URL(platform.urls.gateway).port);
    const publicBase = platform.urls.gateway.replace(/\/graphql$/, '');
    expect((await fetch(`${publicBase}/metrics`)).status).toBe(404);
    expect((await fetch(`${publicBase}/ready`)).status).toBe(404);
    expect(await (await fetch(platform.urls.metrics)).text()).toMatch(/caregraph_http_responses_total/);
    for (const [name, url] of Object.entries(platform.urls.subgraphs)) {
      expect({ name, status: (await fetch(url.replace(/\/graphql$/, '/metrics'))).status }).toEqual({ name, status: 404 });
      expect({ name, status: (await fetch(platform.urls.subgraphMetrics[name as keyof typeof platform.urls.subgraphMetrics])).status }).toEqual({ name, status: 200 });
    }
  });

  /**
   * Signs in as the demo admin: password, then the demo TOTP code (admins always use a second
   * factor). Once: a TOTP code is accepted only once, so a second sign-in within 30 s would fail.
   */
  let adminSession: Promise<string> | undefined;
  const adminToken = () => (adminSession ??= signInAsAdmin());
  async function signInAsAdmin(): Promise<string> {
    const admin = demoRoster().users.find((u) => u.role === 'ADMIN')!;
    const first = await graphqlRequest<{ login: { mfaRequired: boolean; mfaToken: string } }>(
      platform.urls.gateway,
      'mutation($input: LoginInput!) { login(input: $input) { mfaRequired mfaToken } }',
      { input: { email: admin.email, password: DEMO_PASSWORD } },
    );
    expect(first.data?.login.mfaRequired).toBe(true);
    const second = await graphqlRequest<{ completeMfaLogin: { accessToken: string } }>(
      platform.urls.gateway,
      'mutation($mfaToken: String!, $code: String!) { completeMfaLogin(mfaToken: $mfaToken, code: $code) { accessToken } }',
      { mfaToken: first.data!.login.mfaToken, code: currentDemoAdminCode() },
    );
    expect(second.errors).toBeUndefined();
    return second.data!.completeMfaLogin.accessToken;
  }

  it('answers one query that crosses all four subgraphs with the seeded data', async () => {
    // Bookings are visible to their client, their therapist and admins: ask as the admin.
    const result = await graphqlRequest<TourResult>(platform.urls.gateway, TOUR, {}, { authorization: `Bearer ${await adminToken()}` });
    expect(result.errors).toBeUndefined();
    const roster = demoRoster();
    const approved = roster.therapists.filter((t) => t.status === 'APPROVED');
    expect(result.data!.therapists.totalCount).toBe(approved.length);

    // A therapist with bookings and care plans: each part comes from a different subgraph.
    const withPlans = result.data!.therapists.edges.map((e) => e.node).find((t) => t.carePlans.length > 0)!;
    expect(withPlans).toBeDefined();
    const seeded = roster.therapists.find((t) => t.id === withPlans.id)!;
    expect(withPlans.hcpcNumber).toBe(seeded.hcpcNumber); // therapists
    const owner = roster.users.find((u) => u.id === seeded.userId)!;
    // accounts: an e-mail address is personal data, shown to admins (and the person) only
    expect(withPlans.user).toEqual({ id: owner.id, displayName: owner.displayName, email: owner.email, role: 'THERAPIST' });
    const anonymous = await graphqlRequest<TourResult>(platform.urls.gateway, `{ therapist(id: "${seeded.id}") { user { email } } }`);
    expect(anonymous.data).toEqual({ therapist: { user: { email: null } } });
    const seededBookings = roster.bookings.filter((b) => b.therapistId === seeded.id);
    expect(withPlans.bookings.totalCount).toBe(seededBookings.length); // bookings
    const firstBooking = withPlans.bookings.edges[0].node;
    const clientOfBooking = roster.users.find((u) => u.id === firstBooking.client.id)!;
    expect(firstBooking.client.displayName).toBe(clientOfBooking.displayName); // bookings → accounts
    const seededPlans = roster.carePlans.filter((p) => p.therapistId === seeded.id);
    expect(withPlans.carePlans.map((p) => p.id).sort()).toEqual(seededPlans.map((p) => p.id).sort()); // care-plans
    // Admins see that a plan exists and its status; its content needs break-glass (care-plans tests cover that).
    expect(withPlans.carePlans.map((p) => p.status).sort()).toEqual(seededPlans.map((p) => p.status).sort());
  });

  describe('data subject rights, through the gateway', () => {
    const roster = demoRoster();
    // A demo client with past sessions (kept as clinical records) and upcoming ones (deleted).
    const client = roster.users.find((u) => u.role === 'CLIENT' && u.email === 'client03@caregraph.example')!;
    const clientBookings = roster.bookings.filter((b) => b.clientId === client.id);
    const clientPlans = roster.carePlans.filter((p) => p.clientId === client.id);
    const as = (token: string) => ({ authorization: `Bearer ${token}` });
    let accessToken: string;
    const secretsSeen: string[] = [];

    beforeAll(async () => {
      const login = await graphqlRequest<{ login: { accessToken: string } }>(
        platform.urls.gateway,
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email: client.email, password: DEMO_PASSWORD } },
      );
      expect(login.errors).toBeUndefined();
      accessToken = login.data!.login.accessToken;
      secretsSeen.push(accessToken);
    });

    it('exports everything held on the caller, gathered from accounts, bookings and care plans', async () => {
      const result = await graphqlRequest<{ exportMyData: { userId: string; therapistListing: unknown; account: { email: string; sessions: unknown[]; consents: Array<{ kind: string }> }; bookings: Array<{ id: string }>; carePlans: Array<{ id: string }> } }>(
        platform.urls.gateway,
        '{ exportMyData { userId generatedAt account therapistListing bookings carePlans } }',
        {},
        as(accessToken),
      );
      expect(result.errors).toBeUndefined();
      const exported = result.data!.exportMyData;
      expect(exported.userId).toBe(client.id);
      expect(exported.account.email).toBe(client.email);
      expect(exported.account.sessions.length).toBeGreaterThan(0);
      // Demo clients accepted the terms, the privacy notice and health-data processing.
      expect(exported.account.consents.map((c) => c.kind).sort()).toEqual(['HEALTH_DATA_PROCESSING', 'PRIVACY_NOTICE', 'TERMS_OF_USE']);
      expect(exported.bookings.map((b) => b.id).sort()).toEqual(clientBookings.map((b) => b.id).sort());
      expect(exported.carePlans.map((p) => p.id).sort()).toEqual(clientPlans.map((p) => p.id).sort());
      expect(exported.therapistListing).toBeNull(); // a client has no listing
      // Nobody signed in: no export.
      const anonymous = await graphqlRequest(platform.urls.gateway, '{ exportMyData { userId } }');
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it("adds a therapist's own listing, from the therapists subgraph", async () => {
      const therapistUser = roster.users.find((u) => u.email === 'therapist01@caregraph.example')!;
      const listing = roster.therapists.find((t) => t.userId === therapistUser.id)!;
      const login = await graphqlRequest<{ login: { accessToken: string } }>(
        platform.urls.gateway,
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { email: therapistUser.email, password: DEMO_PASSWORD } },
      );
      const result = await graphqlRequest<{ exportMyData: { account: { email: string }; therapistListing: { id: string; hcpcNumber: string } } }>(
        platform.urls.gateway,
        '{ exportMyData { account therapistListing bookings carePlans } }',
        {},
        as(login.data!.login.accessToken),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.exportMyData.account.email).toBe(therapistUser.email);
      expect(result.data!.exportMyData.therapistListing).toMatchObject({ id: listing.id, hcpcNumber: listing.hcpcNumber });
    });

    it('deletes the account, keeping clinical records detached from the login', async () => {
      const wrong = await graphqlRequest(platform.urls.gateway, 'mutation { deleteMyAccount(input: { password: "not my password" }) { retainedRecords } }', {}, as(accessToken));
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });

      const result = await graphqlRequest<{ deleteMyAccount: { deletedRecords: number; retainedRecords: number; clinicalRecordsRetainedUntil: string } }>(
        platform.urls.gateway,
        'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deletedRecords retainedRecords clinicalRecordsRetainedUntil } }',
        { input: { password: DEMO_PASSWORD } },
        as(accessToken),
      );
      expect(result.errors).toBeUndefined();
      const kept = clientBookings.filter((b) => b.status === 'COMPLETED' || b.status === 'NO_SHOW').length + clientPlans.filter((p) => p.status !== 'DRAFT').length;
      expect(result.data!.deleteMyAccount.retainedRecords).toBe(kept);
      expect(result.data!.deleteMyAccount.deletedRecords).toBe(clientBookings.length + clientPlans.length - kept);
      // Mental-health records: 20 years after the end of care (the demo client's latest contact is within the last year).
      expect(new Date(result.data!.deleteMyAccount.clinicalRecordsRetainedUntil).getUTCFullYear()).toBeGreaterThanOrEqual(new Date().getUTCFullYear() + 19);

      // No login any more, and the old token opens nothing.
      const again = await graphqlRequest<{ login: unknown }>(platform.urls.gateway, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
        input: { email: client.email, password: DEMO_PASSWORD },
      });
      expect(again.data?.login).toBeNull();
      const me = await graphqlRequest(platform.urls.gateway, '{ me { id } }', {}, as(accessToken));
      expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      // A session that took place is still there, with no client attached.
      const past = clientBookings.find((b) => b.status === 'COMPLETED')!;
      const booking = await graphqlRequest<{ booking: { id: string; client: unknown } }>(
        platform.urls.gateway,
        `{ booking(id: "${past.id}") { id client { id } } }`,
        {},
        { authorization: `Bearer ${await adminToken()}` },
      );
      expect(booking.data?.booking).toEqual({ id: past.id, client: null });
    });
  });

  it('says in its banner where e-mails go while no SMTP server is set', () => {
    expect(platform.output()).toMatch(/E-mail +no SMTP server set: messages \(sign-up and reset links, notifications\) are written to \/\S+/);
  });

  it('writes no passwords, tokens or personal data to its logs', async () => {
    const roster = demoRoster();
    // The services' own log lines (the start-up banner prints the demo logins on purpose).
    const logs = platform
      .output()
      .split('\n')
      .filter((line) => /^\[(accounts|therapists|bookings|care-plans|gateway)\]/.test(line))
      .join('\n');
    expect(logs).toContain('graphql request'); // the services did log at info
    const secrets = [
      DEMO_PASSWORD,
      ...roster.users.filter((u) => u.role !== 'ADMIN').slice(0, 10).map((u) => u.email),
      ...roster.carePlans.flatMap((p) => p.goals),
    ];
    for (const secret of secrets) expect({ secret, inLogs: logs.includes(secret) }).toEqual({ secret, inLogs: false });
    // No bearer token of any kind (JWTs start with eyJ).
    expect(logs).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}/);
  });

  it('keeps every subgraph closed to requests that did not come through the gateway', async () => {
    for (const [name, url] of Object.entries(platform.urls.subgraphs)) {
      const direct = await graphqlRequest(url, '{ _service { sdl } }');
      expect({ name, status: direct.status, code: direct.errors?.[0].extensions?.code }).toEqual({ name, status: 401, code: 'UNAUTHENTICATED' });
    }
  });
});

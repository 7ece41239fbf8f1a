// Replicas proven on one machine (docs/deploying.md): two gateways and two of each subgraph as separate
// processes, a round-robin in front of each pair (`npm start -- --replicas=2`), sharing the real Redis this
// machine runs and PostgreSQL. What one replica learns or counts (rate limits, the sign-in guard, persisted
// queries, a lock), the other knows; 50 bookings of one time spread over both bookings replicas give one
// booking; a bookings replica killed mid-load loses no booking a client was told about, and the other
// keeps serving. Run by test/replicas.e2e.test.ts, after the cache's suite (replicas-platform.ts says what the
// platform is given).
import { DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { gatewayHeadersSigner, graphqlRequest } from '@caregraph/kernel/testing';
import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { nextDemoAdminCode } from '../support/demo-admin';
import { platformDatabaseUrl, servicePids, type RunningPlatform } from '../support/platform';
import { gatewayKeys, LOCK_AFTER, PER_USER_LIMIT, replicasPlatform } from './replicas-platform';

const CREATE = 'mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id } }';
const AVAILABILITY = 'query($id: ID!, $from: DateTime!, $to: DateTime!) { therapist(id: $id) { availability(from: $from, to: $to, format: ONLINE) { startsAt } } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken mfaToken } }';
const DAY = 86_400_000;

/** The sum of `metric`'s samples in a Prometheus text page. */
async function metricTotal(opsUrl: string, metric: string): Promise<number> {
  const text = await (await fetch(`${opsUrl}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${metric}{`) || line.startsWith(`${metric} `))
    .reduce((sum, line) => sum + Number(line.split(' ').pop()), 0);
}

describe('two replicas of every service on one machine, sharing Redis and PostgreSQL', () => {
  const roster = demoRoster();
  const therapists = roster.therapists.filter((t) => t.status === 'APPROVED' && t.sessionFormats.includes('ONLINE'));
  const admin = roster.users.find((u) => u.role === 'ADMIN')!;
  let platform: RunningPlatform;
  let bookingsDb: Client;
  let gateways: string[];

  const signIn = async (email: string, gateway = platform.urls.gateway) => {
    const result = await graphqlRequest<{ login: { accessToken: string } }>(gateway, LOGIN, { input: { email, password: DEMO_PASSWORD } });
    expect(result.errors).toBeUndefined();
    return result.data!.login.accessToken;
  };
  const freeTimes = async (therapistId: string, token: string) => {
    const from = new Date(Date.now() + 3 * DAY).toISOString();
    const to = new Date(Date.now() + 17 * DAY).toISOString();
    const result = await graphqlRequest<{ therapist: { availability: Array<{ startsAt: string }> } }>(platform.urls.gateway, AVAILABILITY, { id: therapistId, from, to }, { authorization: `Bearer ${token}` });
    expect(result.errors).toBeUndefined();
    return result.data!.therapist.availability.map((slot) => slot.startsAt);
  };
  /** CI keeps only the tests' output: a step whose answers are not the expected ones prints the services' warnings too. */
  const printPlatformOutputUnless = (expected: boolean) => {
    if (!expected) console.error(`--- the platform's output (LOG_LEVEL=warn) ---\n${platform.output().slice(-20_000)}`);
  };
  const book = (token: string, therapistId: string, startsAt: string, gateway = platform.urls.gateway) =>
    graphqlRequest<{ createBooking: { id: string } }>(gateway, CREATE, { input: { therapistId, startsAt, format: 'ONLINE', referralSource: 'SELF' }, key: randomUUID() }, { authorization: `Bearer ${token}` });

  beforeAll(async () => {
    platform = await replicasPlatform();
    gateways = platform.urls.replicas!.gateway.map((g) => g.url);
    bookingsDb = new Client({ connectionString: platformDatabaseUrl(platform, 'bookings') });
    await bookingsDb.connect();
  }, 180_000);

  afterAll(() => bookingsDb?.end(), 60_000);

  it('runs two processes of the gateway and of each subgraph, each behind the service port', () => {
    for (const service of ['gateway', 'accounts', 'therapists', 'bookings', 'care-plans', 'notifications'] as const) {
      expect(platform.urls.replicas![service]).toHaveLength(2);
      expect(servicePids(platform, service)).toHaveLength(2);
    }
  });

  it('serves on one gateway a persisted query registered on the other', async () => {
    const query = '{ therapists(first: 1) { totalCount } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const post = (gateway: string, body: Record<string, unknown>) =>
      fetch(gateway, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
        (r) => r.json() as Promise<{ data?: { therapists: { totalCount: number } }; errors?: Array<{ extensions: { code: string } }> }>,
      );
    expect((await post(gateways[1], { extensions })).errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(gateways[0], { query, extensions })).errors).toBeUndefined();
    const served = await post(gateways[1], { extensions });
    expect(served.errors).toBeUndefined();
    expect(served.data!.therapists.totalCount).toBeGreaterThan(0);
  });

  it('counts a caller against one rate limit across both gateways', async () => {
    const token = await signIn('client05@caregraph.example');
    const ask = (gateway: string) => graphqlRequest(gateway, '{ me { id } }', {}, { authorization: `Bearer ${token}` });
    // Half the allowance on each gateway, then one more on either is refused.
    const statuses: number[] = [];
    for (let i = 0; i < PER_USER_LIMIT; i++) statuses.push((await ask(gateways[i % 2])).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    for (const gateway of gateways) {
      const refused = await ask(gateway);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    }
  });

  it('shares the sign-in guard: wrong passwords split over both accounts replicas lock the account on each', async () => {
    const headers = await gatewayHeadersSigner(gatewayKeys.privateKeyPem, 'accounts');
    const anonymous = { userId: null, roles: [] };
    const login = async (replica: string, password: string) =>
      graphqlRequest<{ login: { accessToken: string } }>(replica, 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: 'client09@caregraph.example', password } },
        await headers(anonymous, randomUUID(), '198.51.100.23'));
    const [first, second] = platform.urls.replicas!.accounts.map((r) => r.url);
    // Half the allowance of wrong passwords on each replica: alone, neither would lock the account.
    for (let i = 0; i < LOCK_AFTER; i++) {
      const wrong = await login(i % 2 ? second : first, 'not-the-password');
      expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const replica of [first, second]) {
      const refused = await login(replica, DEMO_PASSWORD);
      expect(refused.data?.login ?? null).toBeNull();
      expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    }
  });

  it('refuses a locked account on both gateways', async () => {
    const target = roster.users.find((u) => u.email === 'client06@caregraph.example')!;
    const token = await signIn(target.email);
    const first = await graphqlRequest<{ login: { mfaToken: string } }>(platform.urls.gateway, LOGIN, { input: { email: admin.email, password: DEMO_PASSWORD } });
    const second = await graphqlRequest<{ completeMfaLogin: { accessToken: string } }>(
      platform.urls.gateway,
      'mutation($mfaToken: String!, $code: String!) { completeMfaLogin(mfaToken: $mfaToken, code: $code) { accessToken } }',
      { mfaToken: first.data!.login.mfaToken, code: await nextDemoAdminCode(platform) },
    );
    expect(second.errors).toBeUndefined();
    for (const gateway of gateways) expect((await graphqlRequest(gateway, '{ me { id } }', {}, { authorization: `Bearer ${token}` })).status).toBe(200);
    const lock = await graphqlRequest(platform.urls.gateway, 'mutation($input: AccountLockInput!) { lockUser(input: $input) { id } }', { input: { userId: target.id, reason: 'scale-out test' } }, { authorization: `Bearer ${second.data!.completeMfaLogin.accessToken}` });
    expect(lock.errors).toBeUndefined();
    for (const gateway of gateways) {
      const deadline = Date.now() + 10_000;
      let status = 200;
      while (status !== 401 && Date.now() < deadline) {
        status = (await graphqlRequest(gateway, '{ me { id } }', {}, { authorization: `Bearer ${token}` })).status;
        if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(401);
    }
  });

  it('gives one of 50 concurrent bookings of one time the booking, over both gateways and both bookings replicas', async () => {
    const token = await signIn('client07@caregraph.example');
    const [startsAt] = await freeTimes(therapists[0].id, token);
    const bookingsReplicas = platform.urls.replicas!.bookings;
    const before = await Promise.all(bookingsReplicas.map((r) => metricTotal(r.ops, 'caregraph_graphql_requests_total')));
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => book(token, therapists[0].id, startsAt, gateways[i % 2])));
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'BOOKED').sort();
    const oneBooked = ['BOOKED', ...Array(49).fill('BOOKING_CONFLICT')];
    printPlatformOutputUnless(codes.join() === oneBooked.join());
    expect(codes).toEqual(oneBooked);
    const rows = await bookingsDb.query(`select count(*)::int as n from bookings where therapist_id = $1 and starts_at = $2 and status not in ('CANCELLED', 'DECLINED')`, [therapists[0].id, startsAt]);
    expect(rows.rows[0].n).toBe(1);
    // Both bookings processes took part.
    const after = await Promise.all(bookingsReplicas.map((r) => metricTotal(r.ops, 'caregraph_graphql_requests_total')));
    after.forEach((total, i) => expect(total).toBeGreaterThan(before[i]));
  }, 60_000);

  it('loses no acknowledged booking when a bookings replica is killed mid-load, and the other keeps serving', async () => {
    const token = await signIn('client08@caregraph.example');
    const times = await freeTimes(therapists[1].id, token);
    expect(times.length).toBeGreaterThanOrEqual(30);
    const [victim] = servicePids(platform, 'bookings');
    const outcomes = times.slice(0, 24).map(async (startsAt, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 40));
      return book(token, therapists[1].id, startsAt);
    });
    // Killed without warning while the bookings are in flight.
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(victim, 'SIGKILL');
    const results = await Promise.all(outcomes);
    const acknowledged = results.filter((r) => r.data?.createBooking).map((r) => r.data!.createBooking.id);
    // Every answer is a booking or a catalogue error, never a hang; every booking acknowledged is stored.
    for (const result of results) if (!result.data?.createBooking) expect(result.errors?.[0].extensions?.code).toBeDefined();
    const stored = await bookingsDb.query('select id from bookings where id = any($1::uuid[])', [acknowledged]);
    expect(stored.rows.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
    expect(acknowledged.length).toBeGreaterThan(0);
    // The survivor serves every request that follows, once the gateway has seen the killed one's connections
    // closed: a read through bookings answering four times in a row (at most 10 s) says it has.
    expect(servicePids(platform, 'bookings')).toHaveLength(1);
    const settledBy = Date.now() + 10_000;
    for (let inARow = 0; inARow < 4 && Date.now() < settledBy; ) {
      const probe = await graphqlRequest(platform.urls.gateway, '{ me { bookings(first: 1) { totalCount } } }', {}, { authorization: `Bearer ${token}` });
      inARow = probe.errors ? 0 : inARow + 1;
      if (inARow === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await Promise.all(times.slice(24, 30).map((startsAt) => book(token, therapists[1].id, startsAt)));
    printPlatformOutputUnless(after.every((r) => r.data?.createBooking));
    expect(after.map((r) => r.errors?.[0].extensions?.code ?? 'BOOKED')).toEqual(Array(6).fill('BOOKED'));
  }, 60_000);
});

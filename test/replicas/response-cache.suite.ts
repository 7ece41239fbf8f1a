// The gateway's cache of public reads (docs/adr/032), on two gateway replicas sharing the real Redis and
// PostgreSQL: anonymous reads are served from it with the Cache-Control the schema declares; signed-in
// requests, personal fields and answers with errors never are; an admin's suspension and a booking taking
// a slot purge what they change on both replicas before the mutation's answer arrives. Run by
// test/replicas.e2e.test.ts, first, on the replicated platform it shares with the scale-out suite.
import { DEMO_PASSWORD, demoRoster } from '@caregraph/demo-data';
import { graphqlRequest } from '@caregraph/kernel/testing';
import { randomUUID } from 'node:crypto';
import { nextDemoAdminCode } from '../support/demo-admin';
import type { RunningPlatform } from '../support/platform';
import { replicasPlatform } from './replicas-platform';

const SEARCH = 'query CacheSearch { searchTherapists(first: 50) { totalCount edges { node { id displayName } } } }';
const PROFILE = 'query CacheProfile($id: ID!) { therapist(id: $id) { id displayName listed } }';
const TIMES = 'query CacheTimes($id: ID!, $from: DateTime!, $to: DateTime!) { therapist(id: $id) { id availability(from: $from, to: $to, format: ONLINE) { startsAt } } }';
const DAY = 86_400_000;

interface Answer<T> {
  status: number;
  cache: string | null;
  cacheControl: string | null;
  data?: T;
  errors?: unknown[];
}

/** One GraphQL POST, with the response headers the cache sets. */
async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer<T>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  return { status: response.status, cache: response.headers.get('x-caregraph-cache'), cacheControl: response.headers.get('cache-control'), ...body };
}

describe('the cache of public reads, on two gateway replicas sharing Redis', () => {
  const roster = demoRoster();
  // The scale-out suite that follows books the first two of these: this one changes the last two.
  const approved = roster.therapists.filter((t) => t.status === 'APPROVED' && t.sessionFormats.includes('ONLINE'));
  const admin = roster.users.find((u) => u.role === 'ADMIN')!;
  const client = roster.users.find((u) => u.role === 'CLIENT')!;
  let platform: RunningPlatform;
  let gateways: string[];

  const signIn = async (email: string) => {
    const result = await graphqlRequest<{ login: { accessToken: string | null; mfaToken: string | null } }>(
      platform.urls.gateway,
      'mutation($input: LoginInput!) { login(input: $input) { accessToken mfaToken } }',
      { input: { email, password: DEMO_PASSWORD } },
    );
    expect(result.errors).toBeUndefined();
    if (result.data!.login.accessToken) return result.data!.login.accessToken;
    const mfa = await graphqlRequest<{ completeMfaLogin: { accessToken: string } }>(
      platform.urls.gateway,
      'mutation($mfaToken: String!, $code: String!) { completeMfaLogin(mfaToken: $mfaToken, code: $code) { accessToken } }',
      { mfaToken: result.data!.login.mfaToken, code: await nextDemoAdminCode(platform) },
    );
    expect(mfa.errors).toBeUndefined();
    return mfa.data!.completeMfaLogin.accessToken;
  };
  const searchIds = (answer: Answer<{ searchTherapists: { edges: Array<{ node: { id: string } }> } }>) => answer.data!.searchTherapists.edges.map((e) => e.node.id);

  beforeAll(async () => {
    platform = await replicasPlatform();
    gateways = platform.urls.replicas!.gateway.map((g) => g.url);
  }, 180_000);

  it('serves an anonymous search from the cache the second time, on either replica, with the max-age the schema declares', async () => {
    const first = await post(gateways[0], SEARCH);
    expect(first.errors).toBeUndefined();
    expect(first.cache).toBe('miss');
    expect(first.cacheControl).toBe('public, max-age=300');
    const second = await post(gateways[1], SEARCH);
    expect(second.cache).toBe('hit');
    expect(second.cacheControl).toBe('public, max-age=300');
    expect(second.data).toEqual(first.data);
  });

  it('never serves or stores a signed-in request', async () => {
    const token = await signIn(client.email);
    await post(gateways[0], SEARCH);
    for (let i = 0; i < 2; i += 1) {
      const answer = await post(gateways[i], SEARCH, {}, { authorization: `Bearer ${token}` });
      expect(answer.errors).toBeUndefined();
      expect(answer.cache).toBeNull();
      expect(answer.cacheControl).toBe('private, no-store');
    }
    // A credential that does not check out is not anonymous either: refused, never answered from the cache.
    const forged = await post(gateways[0], SEARCH, {}, { authorization: 'Bearer not-a-token' });
    expect(forged.cache).toBeNull();
    expect(forged.data).toBeUndefined();
  });

  it('never caches personal or signed-in fields, even asked anonymously', async () => {
    const therapist = approved[0];
    for (const query of [
      'query CacheOwner($id: ID!) { therapist(id: $id) { id displayName user { id } } }',
      'query CachePrivate($id: ID!) { therapist(id: $id) { id privateDetails { postcode } } }',
      'query CacheMe { me { id } }',
    ]) {
      for (let i = 0; i < 2; i += 1) {
        const answer = await post(gateways[i], query, query.includes('$id') ? { id: therapist.id } : {});
        expect(answer.cache).toBeNull();
        expect(answer.cacheControl).toBe('no-store');
      }
    }
  });

  it('does not cache an answer with errors', async () => {
    for (let i = 0; i < 2; i += 1) {
      const answer = await post<{ therapist: null }>(gateways[i], PROFILE, { id: 'not-a-uuid' });
      expect(answer.errors).toHaveLength(1);
      expect(answer.cache).toBe('miss');
      expect(answer.cacheControl).toBe('no-store');
    }
  });

  it('drops a listing an admin suspends from cached searches and profiles on both replicas at once', async () => {
    const target = approved.at(-1)!;
    for (const gateway of gateways) {
      await post(gateway, SEARCH);
      await post(gateway, PROFILE, { id: target.id });
    }
    const cached = await post<{ searchTherapists: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(gateways[1], SEARCH);
    expect(cached.cache).toBe('hit');
    expect(searchIds(cached)).toContain(target.id);
    const profile = await post<{ therapist: { listed: boolean } }>(gateways[1], PROFILE, { id: target.id });
    expect(profile.cache).toBe('hit');
    expect(profile.data!.therapist.listed).toBe(true);

    const token = await signIn(admin.email);
    const auth = { authorization: `Bearer ${token}` };
    const loaded = await post<{ therapist: { version: number } }>(gateways[0], 'query($id: ID!) { therapist(id: $id) { version } }', { id: target.id }, auth);
    const suspend = await post(
      gateways[0],
      'mutation($id: ID!, $v: Int!, $reason: String!) { suspendTherapistListing(id: $id, expectedVersion: $v, reason: $reason) { id status } }',
      { id: target.id, v: loaded.data!.therapist.version, reason: 'Cache purge test' },
      auth,
    );
    expect(suspend.errors).toBeUndefined();
    const started = Date.now();
    for (const gateway of gateways) {
      const search = await post<{ searchTherapists: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(gateway, SEARCH);
      expect(searchIds(search)).not.toContain(target.id);
      expect(search.data!.searchTherapists.totalCount).toBe(cached.data!.searchTherapists.totalCount - 1);
      const after = await post<{ therapist: { listed: boolean } | null }>(gateway, PROFILE, { id: target.id });
      expect(after.data!.therapist?.listed ?? false).toBe(false);
    }
    // Fresh answers long before the shortest max-age (60 s) could have run out: purged, not expired. (Four requests
    // took 1.1 s on a loaded machine, so the bound is not a quiet machine's timing.)
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('purges a listing’s cached free times on both replicas when a booking takes a slot', async () => {
    const target = approved.at(-2)!;
    const variables = { id: target.id, from: new Date(Date.now() + 3 * DAY).toISOString(), to: new Date(Date.now() + 10 * DAY).toISOString() };
    const before = await post<{ therapist: { availability: Array<{ startsAt: string }> } }>(gateways[0], TIMES, variables);
    expect(before.cacheControl).toBe('public, max-age=60');
    const slot = before.data!.therapist.availability[0].startsAt;
    expect((await post(gateways[1], TIMES, variables)).cache).toBe('hit');

    const token = await signIn(client.email);
    const booked = await post(
      gateways[0],
      'mutation($input: CreateBookingInput!, $key: String!) { createBooking(input: $input, idempotencyKey: $key) { id } }',
      { input: { therapistId: target.id, startsAt: slot, format: 'ONLINE', referralSource: 'SELF' }, key: randomUUID() },
      { authorization: `Bearer ${token}` },
    );
    expect(booked.errors).toBeUndefined();
    for (const gateway of gateways) {
      const after = await post<{ therapist: { availability: Array<{ startsAt: string }> } }>(gateway, TIMES, variables);
      expect(after.data!.therapist.availability.map((s) => s.startsAt)).not.toContain(slot);
    }
  });
});

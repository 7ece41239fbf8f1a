// The data provider's listings and moderation queue against the real platform: every method, and how graph errors
// reach react-admin. Run last by ../providers.test.ts: it moderates three pending listings.
import { demoRoster } from '@caregraph/demo-data';
import type { RunningPlatform } from '../../../test/support/platform';
import { createGraphClient } from '../graphql/client';
import { NOT_AN_ADMIN_MESSAGE } from '../auth/admin-session';
import { DEMO_PASSWORD, dashboardWiring, rawGraphql, signInDemoAdmin, sharedTestPlatform } from '../test/platform-session';
import type { QueueRecord } from '../moderation-queue/queue-handler';
import { createDataProvider, type CaregraphDataProvider } from './data-provider';
import type { ListingDetailFragment, ListingSummaryFragment } from '../gql/graphql';

const all = { pagination: { page: 1, perPage: 1000 }, sort: { field: 'displayName', order: 'ASC' as const }, filter: {} };
const SEARCH = `query ($text: String) { searchTherapists(first: 100, filter: { text: $text }) { edges { node { id } } } }`;

/**
 * The demo has three pending listings, and the audit-log suite before this one sent one back to its owner. The owner
 * of a listing the demo has waiting for changes sends it for review again: three wait, as this suite needs.
 */
async function sendBackForReview(platform: RunningPlatform): Promise<void> {
  const roster = demoRoster();
  const owner = roster.users.find((u) => u.id === roster.therapists.find((t) => t.status === 'CHANGES_REQUESTED')!.userId)!;
  const login = await rawGraphql<{ login: { accessToken: string } }>(platform.urls.gateway, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
    input: { email: owner.email, password: DEMO_PASSWORD },
  });
  const token = login.data!.login.accessToken;
  const mine = await rawGraphql<{ me: { therapistProfile: { id: string; version: number } } }>(platform.urls.gateway, '{ me { therapistProfile { id version } } }', {}, token);
  const { id, version } = mine.data!.me.therapistProfile;
  const sent = await rawGraphql<{ submitTherapistListing: { status: string } }>(
    platform.urls.gateway,
    'mutation ($id: ID!, $v: Int!) { submitTherapistListing(id: $id, expectedVersion: $v, note: "Fee added") { status } }',
    { id, v: version },
    token,
  );
  if (sent.data?.submitTherapistListing.status !== 'PENDING_REVIEW') throw new Error(`could not send a demo listing for review: ${JSON.stringify(sent.errors)}`);
}

describe('the data provider: listings and the moderation queue, on the real graph', () => {
  let platform: RunningPlatform;
  let provider: CaregraphDataProvider;
  let sessions: ReturnType<typeof dashboardWiring>['sessions'];

  beforeAll(async () => {
    platform = await sharedTestPlatform();
    const wiring = dashboardWiring(platform.urls.gateway);
    sessions = wiring.sessions;
    await signInDemoAdmin(sessions, platform);
    provider = createDataProvider(wiring.client);
    await sendBackForReview(platform);
  }, 150_000);

  const queue = async () => (await provider.getList<QueueRecord>('moderationQueue', { ...all, sort: { field: 'queue', order: 'ASC' } })).data;

  it('lists the moderation queue: listing reviews first, oldest first, with the time waited', async () => {
    const items = await queue();
    expect(items.length).toBeGreaterThanOrEqual(3);
    const reviews = items.filter((i) => i.kind === 'LISTING_REVIEW');
    expect(reviews.every((i) => i.listing.status === 'PENDING_REVIEW')).toBe(true);
    expect(items.slice(0, reviews.length)).toEqual(reviews);
    const since = reviews.map((i) => Date.parse(i.waitingSince));
    expect([...since].sort((a, b) => a - b)).toEqual(since);
    expect(reviews.every((i) => i.id === i.listing.id && i.waitingSeconds >= 0)).toBe(true);
  });

  it('lists every listing, of every status, with filters, sorting and pages', async () => {
    const { data, total } = await provider.getList<ListingSummaryFragment>('therapists', all);
    expect(total).toBe(data.length);
    expect(new Set(data.map((l) => l.status))).toEqual(new Set(['DRAFT', 'PENDING_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'SUSPENDED']));
    const names = data.map((l) => l.displayName);
    expect(names).toEqual([...names].sort(new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true }).compare));

    const approved = await provider.getList<ListingSummaryFragment>('therapists', { ...all, filter: { status: 'APPROVED' } });
    expect(approved.total).toBeGreaterThan(0);
    expect(approved.data.every((l) => l.status === 'APPROVED')).toBe(true);

    const sample = data.find((l) => l.outwardCode && l.conditions.length && l.sessionFormats.length)!;
    const filtered = await provider.getList<ListingSummaryFragment>('therapists', {
      ...all,
      filter: { condition: sample.conditions[0], format: sample.sessionFormats[0], place: sample.outwardCode!.toLowerCase(), verification: sample.hcpcVerification.status, q: sample.displayName.split(' ')[0] },
    });
    expect(filtered.data.map((l) => l.id)).toContain(sample.id);
    for (const l of filtered.data) {
      expect(l.conditions).toContain(sample.conditions[0]);
      expect(l.sessionFormats).toContain(sample.sessionFormats[0]);
      expect(l.outwardCode?.toLowerCase().startsWith(sample.outwardCode!.toLowerCase()) || l.city?.toLowerCase().startsWith(sample.outwardCode!.toLowerCase())).toBe(true);
    }
    const byHcpc = await provider.getList<ListingSummaryFragment>('therapists', { ...all, filter: { q: sample.hcpcNumber } });
    expect(byHcpc.data.map((l) => l.id)).toEqual([sample.id]);

    const page2 = await provider.getList<ListingSummaryFragment>('therapists', { pagination: { page: 2, perPage: 5 }, sort: { field: 'createdAt', order: 'DESC' }, filter: {} });
    expect(page2.total).toBe(total);
    const newestFirst = [...data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect(page2.data.map((l) => l.id)).toEqual(newestFirst.slice(5, 10).map((l) => l.id));
  });

  it('asks the graph for just the page: filters, order and total come from adminTherapists', async () => {
    // The same session, through a fetch that records every request the provider sends.
    const sent: Array<{ operationName?: string; variables?: Record<string, unknown> }> = [];
    const recording: typeof fetch = (input, init) => {
      sent.push(JSON.parse(String(init?.body)));
      return fetch(input, init);
    };
    const counting = createDataProvider(createGraphClient({ gatewayUrl: platform.urls.gateway, accessToken: () => sessions.accessToken(), fetch: recording }));
    const { data, total } = await counting.getList<ListingSummaryFragment>('therapists', {
      pagination: { page: 2, perPage: 3 },
      sort: { field: 'status', order: 'DESC' },
      filter: { status: ['APPROVED', 'SUSPENDED'], q: '  ' },
    });
    expect(data).toHaveLength(3);
    expect(total).toBeGreaterThan(6);
    expect(data.every((l) => ['APPROVED', 'SUSPENDED'].includes(l.status))).toBe(true);
    const listQueries = sent.filter((body) => body.operationName === 'AdminTherapists');
    expect(listQueries).toEqual([
      expect.objectContaining({ variables: { filter: { statuses: ['APPROVED', 'SUSPENDED'] }, sort: { field: 'STATUS', order: 'DESC' }, offset: 3, limit: 3 } }),
    ]);

    const names = await provider.getList<ListingSummaryFragment>('therapists', { ...all, sort: { field: 'displayName', order: 'DESC' }, filter: { status: 'APPROVED', verification: 'VERIFIED' } });
    expect(names.data.every((l) => l.status === 'APPROVED' && l.hcpcVerification.status === 'VERIFIED')).toBe(true);
    expect(names.data.map((l) => l.displayName.toLowerCase())).toEqual(names.data.map((l) => l.displayName.toLowerCase()).sort().reverse());

    const owner = (await provider.getOne<ListingDetailFragment>('therapists', { id: data[0].id })).data.user.id;
    const byOwner = await provider.getManyReference<ListingSummaryFragment>('therapists', { target: 'userId', id: owner, pagination: { page: 1, perPage: 25 }, sort: { field: 'displayName', order: 'ASC' }, filter: {} });
    expect(byOwner).toMatchObject({ total: 1, data: [{ id: data[0].id }] });
  });

  it('refuses an unknown status, an unknown order, a malformed account id and a page past 2,000 with 400/413 naming the field', async () => {
    await expect(provider.getList('therapists', { ...all, filter: { status: 'LIVE' } })).rejects.toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', errors: { status: expect.stringMatching(/LIVE/) } } });
    await expect(provider.getList('therapists', { ...all, sort: { field: 'fee', order: 'ASC' } })).rejects.toMatchObject({ status: 400, body: { errors: { sort: expect.stringMatching(/fee/) } } });
    await expect(provider.getList('therapists', { ...all, filter: { userId: 'someone' } })).rejects.toMatchObject({ status: 400, body: { errors: { userId: expect.any(String) } } });
    await expect(provider.getManyReference('therapists', { target: 'city', id: 'Leeds', pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).rejects.toMatchObject({ status: 400, body: { errors: { city: expect.any(String) } } });
    await expect(provider.getList('therapists', { pagination: { page: 41, perPage: 50 }, sort: { field: 'displayName', order: 'ASC' }, filter: {} })).rejects.toMatchObject({ status: 413 });
    const tooLong = await provider.getList('therapists', { ...all, filter: { q: 'x'.repeat(101) } }).catch((error) => error);
    expect(tooLong).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
  });

  it('reads one listing whole (private details, pending changes, history), several, and by reference', async () => {
    const [item] = await queue();
    const { data } = await provider.getOne<ListingDetailFragment>('therapists', { id: item.id });
    expect(data).toMatchObject({ id: item.id, status: item.listing.status, hcpcNumber: expect.stringMatching(/^OT\d+$/) });
    expect(data.privateDetails).toMatchObject({ postcode: expect.any(String), moderationHistory: expect.any(Array) });
    expect(data.user.email).toMatch(/@/);
    expect((await provider.getOne('moderationQueue', { id: item.id })).data.id).toBe(item.id);

    const ids = (await queue()).slice(0, 2).map((i) => i.id);
    expect((await provider.getMany('therapists', { ids })).data.map((l) => l.id)).toEqual(ids);

    const suspended = await provider.getManyReference<ListingSummaryFragment>('therapists', { target: 'status', id: 'SUSPENDED', pagination: { page: 1, perPage: 50 }, sort: { field: 'displayName', order: 'ASC' }, filter: {} });
    expect(suspended.total).toBeGreaterThan(0);
    expect(suspended.data.every((l) => l.status === 'SUSPENDED')).toBe(true);

    await expect(provider.getOne('therapists', { id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ status: 404 });
    await expect(provider.getList('invoices', all)).rejects.toMatchObject({ status: 404 });
  });

  it('approves a pending listing (verifying HCPC in the same step): it leaves the queue and is publicly searchable', async () => {
    const [item] = (await queue()).filter((i) => i.kind === 'LISTING_REVIEW');
    const { data } = await provider.update<ListingDetailFragment>('therapists', {
      id: item.id,
      data: { action: 'approve', reason: 'Register checked', registerExpiresOn: '2030-03-31' },
      previousData: item.listing as never,
    });
    expect(data).toMatchObject({ id: item.id, status: 'APPROVED', listed: true, hcpcVerification: { status: 'VERIFIED', registerExpiresOn: '2030-03-31' } });
    expect(data.privateDetails!.moderationHistory.at(-1)).toMatchObject({ action: 'APPROVED', reason: 'Register checked' });
    expect((await queue()).map((i) => i.id)).not.toContain(item.id);
    const search = await rawGraphql<{ searchTherapists: { edges: { node: { id: string } }[] } }>(platform.urls.gateway, SEARCH, { text: item.listing.displayName });
    expect(search.data!.searchTherapists.edges.map((e) => e.node.id)).toContain(item.id);
  });

  it('refuses a stale version with a clear CONFLICT, and a missing reason before asking the graph', async () => {
    const [item] = (await queue()).filter((i) => i.kind === 'LISTING_REVIEW');
    await expect(provider.moderate(item.id, 'reject', { expectedVersion: item.listing.version + 1, reason: 'Stale' })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/Someone else changed this listing/),
    });
    await expect(provider.update('therapists', { id: item.id, data: { action: 'reject', reason: '  ' }, previousData: item.listing as never })).rejects.toMatchObject({
      status: 400,
      body: { errors: { reason: expect.any(String) } },
    });
    await expect(provider.update('therapists', { id: item.id, data: { displayName: 'Edited' }, previousData: item.listing as never })).rejects.toMatchObject({ status: 405 });
    await expect(provider.create('therapists', { data: {} })).rejects.toMatchObject({ status: 405 });
    await expect(provider.delete('therapists', { id: item.id })).rejects.toMatchObject({ status: 405 });
    await expect(provider.deleteMany('therapists', { ids: [item.id] })).rejects.toMatchObject({ status: 405 });
  });

  it('rejects in bulk with one reason; a listing no longer pending is reported, the rest are done', async () => {
    const reviews = (await queue()).filter((i) => i.kind === 'LISTING_REVIEW');
    expect(reviews.length).toBeGreaterThanOrEqual(2);
    const approved = (await provider.getList<ListingSummaryFragment>('therapists', { ...all, filter: { status: 'APPROVED' } })).data[0];
    const ids = [reviews[0].id, approved.id];
    const versions = Object.fromEntries([[reviews[0].id, reviews[0].listing.version], [approved.id, approved.version]]);
    await expect(provider.updateMany('therapists', { ids, data: { action: 'reject', reason: 'Not an OT registration' }, meta: { versions } })).rejects.toMatchObject({
      message: expect.stringMatching(/^Could not reject 1 of 2 listings \(1 done\)/),
      body: { done: [reviews[0].id], failed: [approved.id] },
    });
    expect((await provider.getOne<ListingDetailFragment>('therapists', { id: reviews[0].id })).data.status).toBe('REJECTED');
    const search = await rawGraphql<{ searchTherapists: { edges: { node: { id: string } }[] } }>(platform.urls.gateway, SEARCH, { text: reviews[0].listing.displayName });
    expect(search.data!.searchTherapists.edges.map((e) => e.node.id)).not.toContain(reviews[0].id);

    const { data } = await provider.updateMany('therapists', { ids: [reviews[1].id], data: { action: 'requestChanges', reason: 'Add your fee' } });
    expect(data).toEqual([reviews[1].id]);
  });

  it('suspends, reinstates, verifies and lapses HCPC registrations', async () => {
    const listing = (await provider.getList<ListingSummaryFragment>('therapists', { ...all, filter: { status: 'APPROVED' } })).data[1];
    let version = listing.version;
    const step = async (action: Parameters<CaregraphDataProvider['moderate']>[1], input: { reason?: string; registerExpiresOn?: string }) => {
      const { data } = await provider.moderate(listing.id, action, { ...input, expectedVersion: version });
      version = data.version;
      return data;
    };
    expect((await step('suspend', { reason: 'Complaint under review' })).status).toBe('SUSPENDED');
    expect((await step('reinstate', { reason: 'Complaint resolved' })).status).toBe('APPROVED');
    expect((await step('verifyHcpc', { registerExpiresOn: '2031-01-31', reason: 'Seen on the register' })).hcpcVerification).toMatchObject({ status: 'VERIFIED', registerExpiresOn: '2031-01-31' });
    expect((await step('markHcpcLapsed', { reason: 'Register shows lapsed' })).hcpcVerification.status).toBe('LAPSED');
    await expect(provider.moderate(listing.id, 'verifyHcpc', { expectedVersion: version })).rejects.toMatchObject({ status: 400 });
  });

  describe('errors', () => {
    it('maps UNAUTHENTICATED to 401 (react-admin then signs out)', async () => {
      const anonymous = createDataProvider(createGraphClient({ gatewayUrl: platform.urls.gateway }));
      await expect(anonymous.getList('moderationQueue', all)).rejects.toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    });

    it('maps FORBIDDEN to 403 with a clear message', async () => {
      const login = await rawGraphql<{ login: { accessToken: string } }>(platform.urls.gateway, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', {
        input: { email: 'client01@caregraph.example', password: DEMO_PASSWORD },
      });
      const token = login.data!.login.accessToken;
      const asClient = createDataProvider(createGraphClient({ gatewayUrl: platform.urls.gateway, accessToken: async () => token }));
      await expect(asClient.getList('moderationQueue', all)).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/Only Caregraph admins/) });
      expect(NOT_AN_ADMIN_MESSAGE).toMatch(/admins only/);
    });

    it('maps an unreachable gateway to 503 with a readable message', async () => {
      const offline = createDataProvider(createGraphClient({ gatewayUrl: 'http://127.0.0.1:9/graphql' }));
      await expect(offline.getList('therapists', all)).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/cannot be reached/) });
    });
  });
});

import type { GraphQLResult } from '@caregraph/kernel/testing';
import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { adminCaller, clientCaller, COMPLETE_FIELDS, listingApi, therapistCaller, type ListingView } from '../test/listing-api';

/** One listing's whole life through the API, as a therapist and two admins would live it. */
describe('a listing from draft to the directory and back', () => {
  let subgraph: TestSubgraph;
  let api: ReturnType<typeof listingApi>;
  const owner = therapistCaller();
  const admin = adminCaller();
  const otherAdmin = adminCaller();
  let id: string;
  let version: number;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    api = listingApi(subgraph);
  });
  afterAll(() => subgraph.stop());

  /** Expects success, remembers the new version and returns the listing. */
  const ok = (result: GraphQLResult<{ result: ListingView }>): ListingView => {
    expect(result.errors).toBeUndefined();
    version = result.data!.result.version;
    return result.data!.result;
  };

  it('lets only a therapist create a listing, once, as a DRAFT', async () => {
    expect((await api.create({ displayName: 'Ada Ellery', hcpcNumber: 'OT10001' }, ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.create({ displayName: 'Ada Ellery', hcpcNumber: 'OT10001' }, clientCaller())).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = ok(await api.create({ displayName: '  Ada Ellery ', hcpcNumber: 'OT10001' }, owner));
    id = created.id;
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, displayName: 'Ada Ellery', listed: false, hcpcVerification: { status: 'UNVERIFIED' } });
    expect(created.privateDetails!.moderationHistory).toEqual([expect.objectContaining({ action: 'CREATED', fromStatus: null, toStatus: 'DRAFT', actor: { id: owner.userId } })]);
    const again = await api.create({ displayName: 'Ada Again', hcpcNumber: 'OT10002' }, owner);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const taken = await api.create({ displayName: 'Someone Else', hcpcNumber: 'OT10001' }, therapistCaller());
    expect(taken.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'hcpcNumber' });
  });

  it('refuses to send an incomplete listing for review, listing what is missing', async () => {
    const result = await api.step('submit', id, version, owner);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'headline' });
    expect(result.errors?.[0].extensions?.missingFields).toEqual([
      'headline', 'biography', 'yearsOfExperience', 'languages', 'conditions', 'approaches', 'sessionFormats',
      'fundingOptions', 'feePence', 'sessionMinutes', 'city', 'postcode',
    ]);
    expect((await api.get(id))).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('takes the details, then the submission, and puts the listing in the queue', async () => {
    const edited = ok(await api.update(id, version, COMPLETE_FIELDS, owner));
    expect(edited).toMatchObject({ status: 'DRAFT', outwardCode: 'LS6', privateDetails: { postcode: 'LS6 2AB' } });
    const submitted = ok(await api.step('submit', id, version, owner));
    expect(submitted.status).toBe('PENDING_REVIEW');
    expect(submitted.privateDetails!.reviewRequestedAt).not.toBeNull();
    const queue = await subgraph.request<{ moderationQueue: { totalCount: number; edges: Array<{ node: { kind: string; listing: { id: string } } }> } }>(
      '{ moderationQueue { totalCount edges { node { kind listing { id } } } } }', {}, admin,
    );
    expect(queue.data!.moderationQueue.edges).toEqual([{ node: { kind: 'LISTING_REVIEW', listing: { id } } }]);
    expect((await api.update(id, version, { headline: 'Changed my mind' }, owner)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'PENDING_REVIEW' });
  });

  it('asks for changes with a message the therapist can read, and takes the listing back', async () => {
    const sentBack = ok(await api.step('requestChanges', id, version, admin));
    expect(sentBack.status).toBe('CHANGES_REQUESTED');
    expect(sentBack.privateDetails!.reviewRequestedAt).toBeNull();
    const seenByOwner = await api.get(id, owner);
    expect(seenByOwner!.privateDetails!.moderationHistory.at(-1)).toMatchObject({ action: 'CHANGES_REQUESTED', reason: 'Please add a photo.', actor: { id: admin.userId } });
    ok(await api.update(id, version, { photoUrl: 'https://images.example/ada.jpg', conditions: ['WORK_STRESS_BURNOUT'] }, owner));
    expect(ok(await api.step('submit', id, version, owner)).status).toBe('PENDING_REVIEW');
  });

  it('publishes only with a verified HCPC registration, verifying it in the same step', async () => {
    const unverified = await subgraph.request(`mutation($id: ID!, $v: Int!) { approveTherapistListing(id: $id, expectedVersion: $v) { id } }`, { id, v: version }, admin);
    expect(unverified.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'hcpcRegisterExpiresOn' });
    const past = await subgraph.request(`mutation($id: ID!, $v: Int!) { approveTherapistListing(id: $id, expectedVersion: $v, hcpcRegisterExpiresOn: "2001-01-31") { id } }`, { id, v: version }, admin);
    expect(past.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'registerExpiresOn' });
    const approved = ok(await api.step('approve', id, version, admin));
    expect(approved).toMatchObject({ status: 'APPROVED', listed: true, hcpcVerification: { status: 'VERIFIED', registerExpiresOn: '2099-06-30' } });
    expect(approved.publishedAt).not.toBeNull();
    expect(approved.privateDetails!.hcpcVerifiedBy).toEqual({ id: admin.userId });
    expect(approved.privateDetails!.moderationHistory.slice(-2).map((e) => e.action)).toEqual(['HCPC_VERIFIED', 'APPROVED']);
    const queue = await subgraph.request<{ moderationQueue: { totalCount: number } }>('{ moderationQueue { totalCount } }', {}, admin);
    expect(queue.data!.moderationQueue.totalCount).toBe(0);
  });

  it('lets the owner hide and show the listing, each once', async () => {
    expect(ok(await api.step('hide', id, version, owner))).toMatchObject({ listed: false, status: 'APPROVED', privateDetails: { hidden: true } });
    const twice = await api.step('hide', id, version, owner);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'APPROVED', action: 'HIDDEN' });
    expect(twice.errors?.[0].message).toBe('Cannot hide this listing: it is APPROVED and already hidden.');
    expect(ok(await api.step('unhide', id, version, owner))).toMatchObject({ listed: true });
    expect((await api.step('unhide', id, version, owner)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', action: 'UNHIDDEN' });
  });

  it('suspends and reinstates with reasons, keeping the listing resolvable but out of the directory meanwhile', async () => {
    const suspended = ok(await api.step('suspend', id, version, otherAdmin));
    expect(suspended).toMatchObject({ status: 'SUSPENDED', listed: false });
    expect((await api.get(id, ANONYMOUS))).toMatchObject({ status: 'SUSPENDED', privateDetails: null });
    expect((await api.step('hide', id, version, owner)).errors?.[0].message).toBe(
      'Cannot hide this listing: it is SUSPENDED. Only an APPROVED listing can be hidden.',
    );
    expect(ok(await api.step('reinstate', id, version, admin))).toMatchObject({ status: 'APPROVED', listed: true });
  });

  it('records every step: who, when, from, to and why, oldest first', async () => {
    const history = (await api.get(id))!.privateDetails!.moderationHistory;
    expect(history.map((e) => [e.action, e.fromStatus, e.toStatus, e.actor.id, e.reason])).toEqual([
      ['CREATED', null, 'DRAFT', owner.userId, null],
      ['SUBMITTED', 'DRAFT', 'PENDING_REVIEW', owner.userId, null],
      ['CHANGES_REQUESTED', 'PENDING_REVIEW', 'CHANGES_REQUESTED', admin.userId, 'Please add a photo.'],
      ['SUBMITTED', 'CHANGES_REQUESTED', 'PENDING_REVIEW', owner.userId, null],
      ['HCPC_VERIFIED', 'PENDING_REVIEW', 'PENDING_REVIEW', admin.userId, null],
      ['APPROVED', 'PENDING_REVIEW', 'APPROVED', admin.userId, null],
      ['HIDDEN', 'APPROVED', 'APPROVED', owner.userId, null],
      ['UNHIDDEN', 'APPROVED', 'APPROVED', owner.userId, null],
      ['SUSPENDED', 'APPROVED', 'SUSPENDED', otherAdmin.userId, 'Complaint under investigation.'],
      ['REINSTATED', 'SUSPENDED', 'APPROVED', admin.userId, 'Complaint resolved.'],
    ]);
    const times = history.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('records lapsed registrations and renewed checks, and shows an expired check as LAPSED', async () => {
    const lapsed = await subgraph.request<{ markTherapistHcpcLapsed: { hcpcVerification: { status: string } } }>(
      `mutation($id: ID!, $v: Int!) { markTherapistHcpcLapsed(id: $id, expectedVersion: $v, notes: "Not on the register today.") { version hcpcVerification { status } privateDetails { hcpcVerificationNotes } } }`,
      { id, v: version },
      admin,
    );
    expect(lapsed.data!.markTherapistHcpcLapsed).toMatchObject({ hcpcVerification: { status: 'LAPSED' }, privateDetails: { hcpcVerificationNotes: 'Not on the register today.' } });
    const renewed = await subgraph.request<{ verifyTherapistHcpcRegistration: unknown }>(
      `mutation($id: ID!, $v: Int!) { verifyTherapistHcpcRegistration(id: $id, expectedVersion: $v, registerExpiresOn: "2098-01-31") { hcpcVerification { status registerExpiresOn } } }`,
      { id, v: version + 1 },
      otherAdmin,
    );
    expect(renewed.data!.verifyTherapistHcpcRegistration).toEqual({ hcpcVerification: { status: 'VERIFIED', registerExpiresOn: '2098-01-31' } });
    await subgraph.db.orm.em.fork().getConnection().execute(`update therapists set hcpc_register_expires_on = '2020-01-31' where id = ?`, [id]);
    expect((await api.get(id, ANONYMOUS))!.hcpcVerification.status).toBe('LAPSED');
  });

  it('ends a rejected listing for good', async () => {
    const therapist = therapistCaller();
    const created = ok(await api.create({ displayName: 'Rex Quayle', hcpcNumber: 'OT20002', ...COMPLETE_FIELDS }, therapist));
    ok(await api.step('submit', created.id, version, therapist));
    const rejected = ok(await api.step('reject', created.id, version, admin));
    expect(rejected.status).toBe('REJECTED');
    expect(await api.get(created.id, ANONYMOUS)).toBeNull();
    expect((await api.get(created.id, therapist))!.privateDetails!.moderationHistory.at(-1)).toMatchObject({ action: 'REJECTED', reason: 'Not an occupational therapist.' });
    for (const [step, caller] of [['submit', therapist], ['approve', admin], ['reinstate', admin]] as const) {
      expect((await api.step(step, created.id, version, caller)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'REJECTED' });
    }
    expect((await api.update(created.id, version, { headline: 'Please' }, therapist)).errors?.[0].message).toBe('Cannot edit this listing: it is REJECTED (it was rejected).');
  });
});

import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { therapistsSubgraph } from '../subgraph';
import { adminCaller, listingApi, therapistCaller } from '../test/listing-api';
import { makeTherapist } from '../test/therapist-factory';
import { HcpcVerificationStatus } from '../therapists/hcpc-verification-status';
import { ListingStatus } from '../therapists/listing-status';
import type { Therapist } from '../therapists/therapist.entity';

const CHANGES = `mutation($id: ID!, $v: Int!, $date: LocalDate) { result: approveTherapistListingChanges(id: $id, expectedVersion: $v, hcpcRegisterExpiresOn: $date) {
  version displayName hcpcNumber conditions hcpcVerification { status } privateDetails { pendingChanges { displayName } reviewRequestedAt } } }`;
const DECLINE = `mutation($id: ID!, $v: Int!) { result: declineTherapistListingChanges(id: $id, expectedVersion: $v, reason: "Use the name on your HCPC registration.") {
  version displayName privateDetails { pendingChanges { displayName } moderationHistory { action reason } } } }`;

describe('editing a published listing: checked fields wait for review', () => {
  let subgraph: TestSubgraph;
  let api: ReturnType<typeof listingApi>;
  const admin = adminCaller();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    api = listingApi(subgraph);
  });
  afterAll(() => subgraph.stop());

  async function published(fields: Partial<Therapist> = {}) {
    const em = subgraph.db.orm.em.fork();
    const listing = makeTherapist(em, { status: ListingStatus.APPROVED, ...fields });
    await em.flush();
    return { listing, owner: therapistCaller(listing.userId) };
  }

  const queue = async () =>
    (await subgraph.request<{ moderationQueue: { edges: Array<{ node: { kind: string; waitingSeconds: number; listing: { id: string } } }> } }>(
      '{ moderationQueue(first: 100) { edges { node { kind waitingSeconds listing { id } } } } }', {}, admin,
    )).data!.moderationQueue.edges.map((e) => e.node);

  it('applies unchecked fields at once and holds checked ones, while the approved version stays live', async () => {
    const { listing, owner } = await published({ displayName: 'Jo Marlow' });
    const result = await api.update(listing.id, 1, { headline: 'New headline', feePence: 7000, displayName: 'Dr Jo Marlow', conditions: ['PSYCHOSIS'] }, owner);
    expect(result.errors).toBeUndefined();
    const seen = result.data!.result;
    expect(seen).toMatchObject({ version: 2, status: 'APPROVED', listed: true, displayName: 'Jo Marlow', conditions: ['ANXIETY', 'WORK_STRESS_BURNOUT'] });
    expect(seen.privateDetails!.pendingChanges).toMatchObject({ displayName: 'Dr Jo Marlow', conditions: ['PSYCHOSIS'], hcpcNumber: null, sessionFormats: null });
    expect(seen.privateDetails!.moderationHistory.at(-1)).toMatchObject({ action: 'CHANGES_PROPOSED', fromStatus: 'APPROVED', toStatus: 'APPROVED' });
    const publicView = await subgraph.request<{ therapist: { displayName: string; headline: string; fee: { amountPence: number; currency: string }; privateDetails: null } }>(
      'query($id: ID!) { therapist(id: $id) { displayName headline fee { amountPence currency } privateDetails { postcode } } }', { id: listing.id },
    );
    expect(publicView.data!.therapist).toEqual({ displayName: 'Jo Marlow', headline: 'New headline', fee: { amountPence: 7000, currency: 'GBP' }, privateDetails: null });
    expect(await queue()).toContainEqual({ kind: 'PENDING_CHANGES', waitingSeconds: expect.any(Number), listing: { id: listing.id } });
  });

  it('withdraws a pending change edited back to the live value, leaving the queue when none are left', async () => {
    const { listing, owner } = await published({ displayName: 'Kit Sefton' });
    await api.update(listing.id, 1, { displayName: 'Kit Sefton-Hale' }, owner);
    const back = await api.update(listing.id, 2, { displayName: 'Kit Sefton' }, owner);
    expect(back.data!.result.privateDetails).toMatchObject({ pendingChanges: null, reviewRequestedAt: null });
    expect((await queue()).map((item) => item.listing.id)).not.toContain(listing.id);
  });

  it('makes approved changes live; a new HCPC number is verified in the same step', async () => {
    const { listing, owner } = await published();
    await api.update(listing.id, 1, { displayName: 'Lee Dunmore', hcpcNumber: 'OT55501' }, owner);
    const unverified = await subgraph.request(CHANGES, { id: listing.id, v: 2 }, admin);
    expect(unverified.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'hcpcRegisterExpiresOn' });
    expect((await api.get(listing.id))!.hcpcNumber).toBe(listing.hcpcNumber);
    const approved = await subgraph.request<{ result: Record<string, unknown> }>(CHANGES, { id: listing.id, v: 2, date: '2099-03-31' }, admin);
    expect(approved.data!.result).toEqual({
      version: 3, displayName: 'Lee Dunmore', hcpcNumber: 'OT55501', conditions: ['ANXIETY', 'WORK_STRESS_BURNOUT'],
      hcpcVerification: { status: 'VERIFIED' }, privateDetails: { pendingChanges: null, reviewRequestedAt: null },
    });
    const history = (await api.get(listing.id))!.privateDetails!.moderationHistory.map((e) => e.action);
    expect(history).toEqual(['CHANGES_PROPOSED', 'CHANGES_APPROVED', 'HCPC_VERIFIED']);
  });

  it('declines changes with a reason, keeping the approved values; deciding on nothing is refused', async () => {
    const { listing, owner } = await published({ displayName: 'Mo Ingham' });
    await api.update(listing.id, 1, { displayName: 'Mo the Great' }, owner);
    const declined = await subgraph.request<{ result: { displayName: string; privateDetails: { pendingChanges: null; moderationHistory: Array<{ action: string; reason: string }> } } }>(
      DECLINE, { id: listing.id, v: 2 }, admin,
    );
    expect(declined.data!.result.displayName).toBe('Mo Ingham');
    expect(declined.data!.result.privateDetails.pendingChanges).toBeNull();
    expect(declined.data!.result.privateDetails.moderationHistory.at(-1)).toEqual({ action: 'CHANGES_DECLINED', reason: 'Use the name on your HCPC registration.' });
    const nothing = await subgraph.request(DECLINE, { id: listing.id, v: 3 }, admin);
    expect(nothing.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'APPROVED', action: 'CHANGES_DECLINED' });
    expect((await subgraph.request(CHANGES, { id: listing.id, v: 3 }, owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps HCPC numbers unique across live and pending values', async () => {
    const first = await published();
    const second = await published();
    await api.update(first.listing.id, 1, { hcpcNumber: 'OT66601' }, first.owner);
    const clash = await api.update(second.listing.id, 1, { hcpcNumber: 'OT66601' }, second.owner);
    expect(clash.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'hcpcNumber' });
    const live = await api.update(second.listing.id, 1, { hcpcNumber: first.listing.hcpcNumber }, second.owner);
    expect(live.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'hcpcNumber' });
  });

  it('keeps a published listing complete, and lets optional fields be cleared', async () => {
    const { listing, owner } = await published({ photoUrl: 'https://images.example/p.jpg' });
    const cleared = await api.update(listing.id, 1, { feePence: null, sessionFormats: [] }, owner);
    expect(cleared.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionFormats', missingFields: ['sessionFormats', 'feePence'] });
    const optional = await subgraph.request<{ result: { version: number; photoUrl: null; gender: null } }>(
      'mutation($id: ID!) { result: updateTherapistListing(id: $id, expectedVersion: 1, input: { photoUrl: null, gender: null }) { version photoUrl gender } }',
      { id: listing.id }, owner,
    );
    expect(optional.data!.result).toEqual({ version: 2, photoUrl: null, gender: null });
  });

  it('lets nobody but the owner edit', async () => {
    const { listing } = await published();
    for (const [caller, code] of [[admin, 'FORBIDDEN'], [therapistCaller(), 'FORBIDDEN'], [ANONYMOUS, 'UNAUTHENTICATED']] as const) {
      expect((await api.update(listing.id, 1, { headline: 'Mine now' }, caller)).errors?.[0].extensions?.code).toBe(code);
    }
    expect((await api.get(listing.id))!.version).toBe(1);
  });

  it('applies checked fields at once before publication, restarting the HCPC check for a new number', async () => {
    const em = subgraph.db.orm.em.fork();
    const draft = makeTherapist(em, { status: ListingStatus.CHANGES_REQUESTED, hcpcVerificationStatus: HcpcVerificationStatus.VERIFIED, hcpcVerifiedBy: admin.userId, hcpcVerifiedAt: new Date(), hcpcRegisterExpiresOn: '2099-01-31' });
    await em.flush();
    const owner = therapistCaller(draft.userId);
    const result = await api.update(draft.id, 1, { displayName: 'Nia Norcross', hcpcNumber: 'OT77701' }, owner);
    expect(result.data!.result).toMatchObject({ displayName: 'Nia Norcross', hcpcNumber: 'OT77701', hcpcVerification: { status: 'UNVERIFIED', registerExpiresOn: null }, privateDetails: { pendingChanges: null } });
  });
});

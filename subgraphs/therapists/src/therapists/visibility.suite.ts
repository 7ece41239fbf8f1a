import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import type { Caller } from '@caregraph/kernel';
import { ListingAction } from '../moderation/listing-action';
import { ListingEvent } from '../moderation/listing-event.entity';
import { therapistsSubgraph } from '../subgraph';
import { adminCaller, clientCaller, therapistCaller } from '../test/listing-api';
import { makeTherapist } from '../test/therapist-factory';
import { ListingStatus } from './listing-status';
import type { Therapist } from './therapist.entity';

/** Every public field, and the private ones. */
const EVERYTHING = `id displayName headline biography photoUrl yearsOfExperience languages gender hcpcNumber conditions approaches
  sessionFormats fundingOptions fee { amountPence currency } sessionMinutes travelRadiusKm city outwardCode status listed publishedAt
  createdAt updatedAt version hcpcVerification { status verifiedAt registerExpiresOn } user { id }
  privateDetails { postcode hidden reviewRequestedAt hcpcVerificationNotes hcpcVerifiedBy { id }
    pendingChanges { displayName proposedAt } moderationHistory { action reason actor { id } } }`;

describe('who sees what of a listing', () => {
  let subgraph: TestSubgraph;
  let listing: Therapist;
  let owner: Caller;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    listing = makeTherapist(em, {
      postcode: 'LS6 3QX', hcpcVerificationNotes: 'Checked by phone with the HCPC.', pendingChanges: { displayName: 'Dr Someone' }, reviewRequestedAt: new Date(),
    });
    em.create(ListingEvent, { therapist: listing, action: ListingAction.APPROVED, fromStatus: ListingStatus.PENDING_REVIEW, toStatus: ListingStatus.APPROVED, actorId: listing.hcpcVerifiedBy!, reason: 'Looks good.' });
    await em.flush();
    owner = therapistCaller(listing.userId);
  });
  afterAll(() => subgraph.stop());

  const view = async (caller: Caller) => {
    const result = await subgraph.request<{ therapist: Record<string, unknown> & { privateDetails: Record<string, unknown> | null } }>(
      `query($id: ID!) { therapist(id: $id) { ${EVERYTHING} } }`, { id: listing.id }, caller,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.therapist;
  };

  it.each([['anyone', ANONYMOUS], ['a client', clientCaller()], ['another therapist', therapistCaller()]])('shows %s the published listing with its outward code only', async (_, caller) => {
    const seen = await view(caller);
    expect(seen).toMatchObject({ outwardCode: 'LS6', privateDetails: null, fee: { amountPence: 6000, currency: 'GBP' }, hcpcVerification: { status: 'VERIFIED' } });
    const text = JSON.stringify(seen);
    expect(text).not.toContain('3QX');
    expect(text).not.toContain('Checked by phone');
    expect(text).not.toContain('Dr Someone');
  });

  it.each([['its owner', () => owner], ['an admin', () => adminCaller()]])('shows %s the unpublished fields too', async (_, caller) => {
    const seen = await view(caller());
    expect(seen.privateDetails).toMatchObject({
      postcode: 'LS6 3QX',
      hidden: false,
      hcpcVerificationNotes: 'Checked by phone with the HCPC.',
      hcpcVerifiedBy: { id: listing.hcpcVerifiedBy },
      pendingChanges: { displayName: 'Dr Someone' },
      moderationHistory: [{ action: 'APPROVED', reason: 'Looks good.', actor: { id: listing.hcpcVerifiedBy } }],
    });
  });

  it('loads the history of many listings in one statement', async () => {
    const em = subgraph.db.orm.em.fork();
    const many = Array.from({ length: 30 }, () => makeTherapist(em));
    for (const t of many) em.create(ListingEvent, { therapist: t, action: ListingAction.CREATED, toStatus: ListingStatus.DRAFT, actorId: t.userId });
    await em.flush();
    subgraph.db.resetQueries();
    const result = await subgraph.request<{ _entities: Array<{ privateDetails: { moderationHistory: unknown[] } }> }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Therapist { privateDetails { moderationHistory { action } } } } }',
      { r: many.map((t) => ({ __typename: 'Therapist', id: t.id })) },
      adminCaller(),
    );
    expect(result.data!._entities.every((e) => e.privateDetails.moderationHistory.length === 1)).toBe(true);
    expect(subgraph.db.queries).toHaveLength(2); // the listings, then every history
  });
});

import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { therapistsSubgraph } from '../subgraph';
import { adminCaller, clientCaller, therapistCaller } from '../test/listing-api';
import { makeTherapist } from '../test/therapist-factory';
import { ListingStatus } from '../therapists/listing-status';
import { ListingAction } from './listing-action';
import { ListingEvent } from './listing-event.entity';

const EVENTS = `query($filter: ModerationEventFilter, $offset: Int, $limit: Int) {
  adminModerationEvents(filter: $filter, offset: $offset, limit: $limit) { total items { action reason occurredAt actor { id } listing { id displayName } } }
}`;
const STATS = '{ adminListingStats { byStatus { status count } waitingForReview oldestWaitingSince } }';

interface Events {
  adminModerationEvents: { total: number; items: Array<{ action: string; reason: string | null; occurredAt: string; actor: { id: string }; listing: { id: string; displayName: string } }> };
}

describe('moderation across listings, for admins', () => {
  let subgraph: TestSubgraph;
  const admin = adminCaller();
  const otherAdmin = randomUUID();
  const at = (day: number) => new Date(Date.UTC(2026, 2, day, 9));
  let first: string;
  let second: string;
  const oldest = new Date(Date.now() - 50 * 3_600_000);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    const em = subgraph.db.orm.em.fork();
    const a = makeTherapist(em, { displayName: 'Listing A', status: ListingStatus.APPROVED });
    const b = makeTherapist(em, { displayName: 'Listing B', status: ListingStatus.REJECTED });
    makeTherapist(em, { status: ListingStatus.PENDING_REVIEW, reviewRequestedAt: oldest });
    makeTherapist(em, { status: ListingStatus.PENDING_REVIEW, reviewRequestedAt: new Date() });
    makeTherapist(em, { status: ListingStatus.APPROVED, pendingChanges: { displayName: 'New name' }, reviewRequestedAt: new Date() });
    makeTherapist(em, { status: ListingStatus.DRAFT });
    first = a.id;
    second = b.id;
    em.create(ListingEvent, { therapist: a, action: ListingAction.SUBMITTED, fromStatus: ListingStatus.DRAFT, toStatus: ListingStatus.PENDING_REVIEW, actorId: a.userId, occurredAt: at(1) });
    em.create(ListingEvent, { therapist: a, action: ListingAction.APPROVED, fromStatus: ListingStatus.PENDING_REVIEW, toStatus: ListingStatus.APPROVED, actorId: admin.userId!, reason: 'Register checked', occurredAt: at(2) });
    em.create(ListingEvent, { therapist: b, action: ListingAction.REJECTED, fromStatus: ListingStatus.PENDING_REVIEW, toStatus: ListingStatus.REJECTED, actorId: otherAdmin, reason: 'Not an OT', occurredAt: at(3) });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  const events = (variables: Record<string, unknown>, caller = admin) => subgraph.request<Events>(EVENTS, variables, caller);

  it('lists every listing\'s events newest first, with the listing, in few statements', async () => {
    subgraph.db.resetQueries();
    const result = await events({});
    expect(result.errors).toBeUndefined();
    expect(result.data!.adminModerationEvents.total).toBe(3);
    expect(result.data!.adminModerationEvents.items.map((e) => [e.action, e.listing.displayName])).toEqual([
      ['REJECTED', 'Listing B'],
      ['APPROVED', 'Listing A'],
      ['SUBMITTED', 'Listing A'],
    ]);
    // The page, the count, and one statement for every listing on the page.
    expect(subgraph.db.queries).toHaveLength(3);
  });

  it('filters by who acted, listing, kind and time, and pages', async () => {
    const byAdmin = await events({ filter: { actorId: admin.userId } });
    expect(byAdmin.data!.adminModerationEvents.items).toEqual([expect.objectContaining({ action: 'APPROVED', reason: 'Register checked', actor: { id: admin.userId } })]);
    expect((await events({ filter: { listingId: second } })).data!.adminModerationEvents.items.map((e) => e.listing.id)).toEqual([second]);
    const decisions = await events({ filter: { actions: ['APPROVED', 'REJECTED'] } });
    expect(decisions.data!.adminModerationEvents.total).toBe(2);
    const span = await events({ filter: { from: at(2).toISOString(), to: at(3).toISOString() } });
    expect(span.data!.adminModerationEvents.items.map((e) => e.action)).toEqual(['APPROVED']);
    const page = await events({ filter: { listingId: first }, offset: 1, limit: 1 });
    expect(page.data!.adminModerationEvents).toMatchObject({ total: 2, items: [{ action: 'SUBMITTED' }] });
  });

  it('refuses bad filters and pages, naming the field', async () => {
    expect((await events({ filter: { from: at(3).toISOString(), to: at(2).toISOString() } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect((await events({ filter: { actorId: 'someone' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.actorId' });
    expect((await events({ limit: 101 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
    expect((await events({ offset: -1 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
  });

  it('counts listings by status and the queue, with its oldest wait, in one statement', async () => {
    subgraph.db.resetQueries();
    const result = await subgraph.request<{ adminListingStats: { byStatus: Array<{ status: string; count: number }>; waitingForReview: number; oldestWaitingSince: string } }>(STATS, {}, admin);
    expect(result.errors).toBeUndefined();
    expect(subgraph.db.queries).toHaveLength(1);
    expect(result.data!.adminListingStats).toEqual({
      byStatus: [
        { status: 'DRAFT', count: 1 },
        { status: 'PENDING_REVIEW', count: 2 },
        { status: 'APPROVED', count: 2 },
        { status: 'CHANGES_REQUESTED', count: 0 },
        { status: 'REJECTED', count: 1 },
        { status: 'SUSPENDED', count: 0 },
      ],
      waitingForReview: 3,
      oldestWaitingSince: oldest.toISOString(),
    });
  });

  it.each([
    ['a therapist', therapistCaller(), 'FORBIDDEN'],
    ['a client', clientCaller(), 'FORBIDDEN'],
    ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
  ])('refuses %s both queries', async (_, caller, code) => {
    for (const query of [EVENTS, STATS]) {
      const result = await subgraph.request(query, {}, caller as never);
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe(code);
    }
  });
});

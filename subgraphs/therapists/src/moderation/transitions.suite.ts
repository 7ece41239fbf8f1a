import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import type { Caller } from '@caregraph/kernel';
import { therapistsSubgraph } from '../subgraph';
import { adminCaller, clientCaller, listingApi, STEPS, therapistCaller, type Step } from '../test/listing-api';
import { makeTherapist } from '../test/therapist-factory';
import { ListingStatus } from '../therapists/listing-status';
import type { Therapist } from '../therapists/therapist.entity';
import { ListingEvent } from './listing-event.entity';

const { DRAFT, PENDING_REVIEW, APPROVED, CHANGES_REQUESTED, REJECTED, SUSPENDED } = ListingStatus;
const ADMIN_STEPS: Step[] = ['approve', 'requestChanges', 'reject', 'suspend', 'reinstate'];
const OWNER_STEPS: Step[] = ['submit', 'hide', 'unhide'];

/** Where each step leads from each status it is legal in; anything else must be refused. */
const LEGAL: Record<Step, Partial<Record<ListingStatus, ListingStatus>>> = {
  submit: { [DRAFT]: PENDING_REVIEW, [CHANGES_REQUESTED]: PENDING_REVIEW },
  approve: { [PENDING_REVIEW]: APPROVED },
  requestChanges: { [PENDING_REVIEW]: CHANGES_REQUESTED },
  reject: { [PENDING_REVIEW]: REJECTED },
  suspend: { [APPROVED]: SUSPENDED },
  reinstate: { [SUSPENDED]: APPROVED },
  hide: { [APPROVED]: APPROVED },
  unhide: {},
};

describe('listing lifecycle: every step from every status', () => {
  let subgraph: TestSubgraph;
  let api: ReturnType<typeof listingApi>;
  const admin = adminCaller();

  beforeAll(async () => {
    subgraph = await startTestSubgraph(therapistsSubgraph);
    api = listingApi(subgraph);
  });
  afterAll(() => subgraph.stop());

  /** A complete listing in `status` (hidden when asked), owned by a fresh therapist. */
  async function listingIn(status: ListingStatus, hidden = false): Promise<{ listing: Therapist; owner: Caller }> {
    const em = subgraph.db.orm.em.fork();
    const listing = makeTherapist(em, { status, hidden });
    await em.flush();
    return { listing, owner: therapistCaller(listing.userId) };
  }

  const historyLength = (id: string) => subgraph.db.orm.em.fork().count(ListingEvent, { therapist: id });

  const cases = Object.values(ListingStatus).flatMap((status) => (Object.keys(STEPS) as Step[]).map((step) => [status, step] as const));

  it.each(cases)('from %s, %s is done or refused as the lifecycle says', async (status, step) => {
    const { listing, owner } = await listingIn(status, step === 'unhide' && status === APPROVED);
    const caller = ADMIN_STEPS.includes(step) ? admin : owner;
    const result = await api.step(step, listing.id, 1, caller);
    const to = step === 'unhide' && status === APPROVED ? APPROVED : LEGAL[step][status];
    if (to) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.result).toMatchObject({ status: to, version: 2 });
      const history = result.data!.result.privateDetails!.moderationHistory;
      expect(history.at(-1)).toMatchObject({ fromStatus: status, toStatus: to, actor: { id: caller.userId } });
    } else {
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: status });
      expect(result.errors?.[0].message).toContain(`it is ${status}`);
      const after = await api.get(listing.id);
      expect([after!.status, after!.version, await historyLength(listing.id)]).toEqual([status, 1, 0]);
    }
  });

  it.each(ADMIN_STEPS)('refuses %s to the owner, a client and a stranger, and changes nothing', async (step) => {
    const { listing, owner } = await listingIn(Object.keys(LEGAL[step])[0] as ListingStatus);
    for (const [caller, code] of [[owner, 'FORBIDDEN'], [clientCaller(), 'FORBIDDEN'], [ANONYMOUS, 'UNAUTHENTICATED']] as const) {
      const result = await api.step(step, listing.id, 1, caller);
      expect(result.errors?.[0].extensions?.code).toBe(code);
    }
    expect((await api.get(listing.id))!.version).toBe(1);
  });

  it.each(OWNER_STEPS)('refuses %s to admins and other therapists, and changes nothing', async (step) => {
    const status = step === 'submit' ? DRAFT : APPROVED;
    const { listing } = await listingIn(status, step === 'unhide');
    expect((await api.step(step, listing.id, 1, admin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.step(step, listing.id, 1, ANONYMOUS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A stranger may not even know an unpublished listing exists.
    const stranger = await api.step(step, listing.id, 1, therapistCaller());
    expect(stranger.errors?.[0].extensions?.code).toBe(status === DRAFT ? 'NOT_FOUND' : 'FORBIDDEN');
    expect((await api.get(listing.id))!.version).toBe(1);
  });

  it('refuses a stale expectedVersion with CONFLICT naming it, and changes nothing', async () => {
    const { listing } = await listingIn(APPROVED);
    const result = await api.step('suspend', listing.id, 7, admin);
    expect(result.errors?.[0].extensions).toEqual({ code: 'CONFLICT', field: 'expectedVersion' });
    expect(result.errors?.[0].message).toMatch(/version 1, you sent 7/);
    expect((await api.get(listing.id))!.status).toBe(APPROVED);
  });

  it('lets only one of two concurrent decisions on the same version through', async () => {
    const { listing } = await listingIn(PENDING_REVIEW);
    const results = await Promise.all([api.step('approve', listing.id, 1, admin), api.step('reject', listing.id, 1, adminCaller())]);
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const after = await api.get(listing.id);
    expect(after!.version).toBe(2);
    expect(await historyLength(listing.id)).toBeGreaterThanOrEqual(1);
    expect(after!.privateDetails!.moderationHistory.filter((e) => e.action === 'APPROVED' || e.action === 'REJECTED')).toHaveLength(1);
  });
});

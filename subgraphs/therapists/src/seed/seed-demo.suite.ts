import { seed } from '@caregraph/runtime';
import { demoRoster } from '@caregraph/demo-data';
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { ListingEvent } from '../moderation/listing-event.entity';
import { therapistsSubgraph } from '../subgraph';
import { missingFields } from '../listing/listing-completeness';
import { ListingStatus } from '../therapists/listing-status';
import { Therapist } from '../therapists/therapist.entity';

describe('demo seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(therapistsSubgraph);
  });
  afterAll(() => db.drop());

  it('inserts the roster listings with their history once, and writes nothing the second time', async () => {
    const expected = demoRoster().therapists;
    const written = await seed(therapistsSubgraph, db.orm);
    const em = db.orm.em.fork();
    expect(written).toBe(expected.length + (await em.count(ListingEvent)));
    expect(await seed(therapistsSubgraph, db.orm)).toBe(0);

    const stored = await em.find(Therapist, {}, { orderBy: { id: 'asc' } });
    const shape = (t: { id: string; userId: string; displayName: string; hcpcNumber: string; city: string | null; outwardCode: string | null; status: string }) =>
      [t.id, t.userId, t.displayName, t.hcpcNumber, t.city, t.outwardCode, t.status];
    expect(stored.map(shape)).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)).map(shape));
  });

  it('covers every status across UK cities, with complete submitted listings and a queue to work through', async () => {
    const em = db.orm.em.fork();
    const stored = await em.find(Therapist, {});
    expect(new Set(stored.map((t) => t.status))).toEqual(new Set(Object.values(ListingStatus)));
    expect(new Set(stored.map((t) => t.city)).size).toBeGreaterThanOrEqual(10);
    for (const listing of stored.filter((t) => t.status !== ListingStatus.DRAFT)) expect([listing.id, missingFields(listing)]).toEqual([listing.id, []]);
    expect(stored.every((t) => t.postcode?.startsWith(`${t.outwardCode} `) && t.latitude !== null)).toBe(true);
    const queued = stored.filter((t) => t.reviewRequestedAt !== null);
    expect(queued.some((t) => t.status === ListingStatus.PENDING_REVIEW)).toBe(true);
    expect(queued.some((t) => t.pendingChanges !== null && t.status === ListingStatus.APPROVED)).toBe(true);
    const suspended = stored.find((t) => t.status === ListingStatus.SUSPENDED)!;
    const history = await em.find(ListingEvent, { therapist: suspended.id }, { orderBy: { occurredAt: 'asc' } });
    expect(history.map((e) => e.action)).toEqual(['CREATED', 'SUBMITTED', 'HCPC_VERIFIED', 'APPROVED', 'HCPC_LAPSED', 'SUSPENDED']);
  });
});

import { seed } from '@caregraph/runtime';
import { demoRoster } from '@caregraph/demo-data';
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { Booking } from '../bookings/booking.entity';
import { TherapistSchedule } from '../schedules/schedule.entity';
import { bookingsSubgraph } from '../subgraph';

describe('demo seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(bookingsSubgraph);
  });
  afterAll(() => db.drop());

  it('inserts the roster bookings and schedules once and leaves them alone afterwards', async () => {
    const { bookings: expected, therapists } = demoRoster();
    expect(await seed(bookingsSubgraph, db.orm)).toBe(expected.length + therapists.length);
    expect(await seed(bookingsSubgraph, db.orm)).toBe(0);
    const em = db.orm.em.fork();
    expect(await em.count(Booking)).toBe(expected.length);
    expect(await em.count(TherapistSchedule)).toBe(therapists.length);
    // Statuses depend on the clock (past or future), so compare what does not.
    const stored = await em.find(Booking, {}, { orderBy: { id: 'asc' } });
    const shape = (b: { id: string; clientId: string | null; therapistId: string; format: string }) => [b.id, b.clientId, b.therapistId, b.format];
    expect(stored.map(shape)).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)).map(shape));
  });
});

describe('demo roster', () => {
  it('holds no two live sessions of one therapist that overlap (the exclusion constraint would refuse the seed)', () => {
    const live = demoRoster().bookings.filter((b) => b.status !== 'CANCELLED' && b.status !== 'DECLINED');
    const clashes = live.flatMap((a, i) =>
      live.slice(i + 1).filter((b) => a.therapistId === b.therapistId && a.startsAt < b.endsAt && b.startsAt < a.endsAt).map((b) => [a.id, b.id]),
    );
    expect(clashes).toEqual([]);
  });
});

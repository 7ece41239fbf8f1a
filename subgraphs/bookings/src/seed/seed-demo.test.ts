import { seed } from '@caregraph/runtime';
import { demoRoster } from '@caregraph/runtime/demo';
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { Booking } from '../bookings/booking.entity';
import { bookingsSubgraph } from '../subgraph';

describe('demo seed', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(bookingsSubgraph);
  });
  afterAll(() => db.drop());

  it('inserts the roster bookings once and leaves them alone afterwards', async () => {
    const expected = demoRoster().bookings;
    expect(await seed(bookingsSubgraph, db.orm)).toBe(expected.length);
    expect(await seed(bookingsSubgraph, db.orm)).toBe(0);
    const em = db.orm.em.fork();
    expect(await em.count(Booking)).toBe(expected.length);
    // Statuses depend on the clock (past or future), so compare what does not.
    const stored = await em.find(Booking, {}, { orderBy: { id: 'asc' } });
    const shape = (b: { id: string; clientId: string | null; therapistId: string; format: string }) => [b.id, b.clientId, b.therapistId, b.format];
    expect(stored.map(shape)).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)).map(shape));
  });
});

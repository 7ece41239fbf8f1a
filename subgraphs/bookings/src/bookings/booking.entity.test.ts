import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';

describe('bookings table constraints', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(bookingsSubgraph);
  });
  afterAll(() => db.drop());

  const startsAt = new Date('2026-03-02T10:00:00Z');

  it.each([
    ['equals', startsAt],
    ['precedes', new Date('2026-03-02T09:00:00Z')],
  ])('refuses a booking whose end %s its start', async (_, endsAt) => {
    const em = db.orm.em.fork();
    makeBooking(em, { startsAt, endsAt });
    await expect(em.flush()).rejects.toMatchObject({ name: 'CheckConstraintViolationException', constraint: 'bookings_ends_after_starts' });
  });

  it('refuses a status or format outside the enums', async () => {
    const insert = (format: string, status: string) =>
      db.orm.em.getConnection().execute(
        `insert into bookings (id, client_id, therapist_id, starts_at, ends_at, format, status, created_at, updated_at)
         values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), now(), now() + interval '1 hour', ?, ?, now(), now())`,
        [format, status],
      );
    // 23514 is PostgreSQL's check_violation.
    await expect(insert('ONLINE', 'MAYBE')).rejects.toMatchObject({ code: '23514', constraint: 'bookings_status_check' });
    await expect(insert('PHONE', 'REQUESTED')).rejects.toMatchObject({ code: '23514', constraint: 'bookings_format_check' });
    await expect(insert('ONLINE', 'REQUESTED')).resolves.toBeDefined();
  });

  it('starts a new booking at version 1 and bumps the version on change', async () => {
    const em = db.orm.em.fork();
    const booking = makeBooking(em);
    await em.flush();
    expect(booking.version).toBe(1);
    booking.endsAt = new Date(booking.endsAt.getTime() + 30 * 60_000);
    await em.flush();
    expect(booking.version).toBe(2);
  });
});

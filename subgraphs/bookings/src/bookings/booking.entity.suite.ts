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

describe('bookings retained after an erasure', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(bookingsSubgraph);
  });
  afterAll(() => db.drop());

  const insert = (clientId: string | null, subjectRef: string | null, retainUntil: string | null) =>
    db.orm.em.getConnection().execute(
      `insert into bookings (id, client_id, subject_ref, retain_until, therapist_id, starts_at, ends_at, format, status, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, gen_random_uuid(), now(), now() + interval '1 hour', 'ONLINE', 'COMPLETED', now(), now())`,
      [clientId, subjectRef, retainUntil],
    );
  const someone = '6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f';
  const pseudonym = 'a0a0a0a0-8a7b-4c55-9d0e-0a1b2c3d4e5f';

  it('holds either a client or a pseudonym, never both or neither', async () => {
    await expect(insert(null, null, null)).rejects.toMatchObject({ code: '23514', constraint: 'bookings_client_or_subject' });
    await expect(insert(someone, pseudonym, '2034-01-01T00:00:00Z')).rejects.toMatchObject({ code: '23514', constraint: 'bookings_client_or_subject' });
    await expect(insert(someone, null, null)).resolves.toBeDefined();
    await expect(insert(null, pseudonym, '2034-01-01T00:00:00Z')).resolves.toBeDefined();
  });

  it('gives a pseudonymous record its retention date, and only such a record', async () => {
    await expect(insert(null, pseudonym, null)).rejects.toMatchObject({ code: '23514', constraint: 'bookings_subject_retained_until' });
    await expect(insert(someone, null, '2034-01-01T00:00:00Z')).rejects.toMatchObject({ code: '23514', constraint: 'bookings_subject_retained_until' });
  });
});

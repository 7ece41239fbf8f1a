import { createLogger } from '@caregraph/kernel';
import { startRetentionPurgeSchedule } from '@caregraph/runtime';
import { createTestDatabase, type TestDatabase } from '@caregraph/runtime/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { BookingStatus } from '../bookings/booking-status';
import { eraseClientBookings } from '../erasure/booking-erasure.service';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { BOOKINGS_RETENTION } from './retention-targets';

const run = promisify(execFile);
const MAIN = path.resolve(__dirname, '../../dist/main.js');

describe('the bookings retention purge', () => {
  let db: TestDatabase;
  const sql = <T extends object>(query: string, params: unknown[] = []) => db.orm.em.fork().getConnection().execute<T[]>(query, params);
  const bookingIds = async () => (await sql<{ id: string }>('select id from bookings')).map((r) => r.id).sort();
  const audit = () => sql<{ record_kind: string; deleted: number }>('select record_kind, deleted from retention_purges order by ran_at');

  /** A completed session for a new client, whose account is then erased: kept until its end + 20 years. */
  async function erasedSession(startsAt: Date): Promise<string> {
    const em = db.orm.em.fork();
    const clientId = randomUUID();
    const booking = makeBooking(em, { clientId, therapistId: randomUUID(), status: BookingStatus.COMPLETED, startsAt });
    await em.flush();
    await sql(`insert into booking_events (id, booking_id, occurred_at, action, actor, actor_id, from_status, to_status)
               values (gen_random_uuid(), ?, ?, 'COMPLETE', 'THERAPIST', null, 'CONFIRMED', 'COMPLETED')`, [booking.id, startsAt]);
    await eraseClientBookings(db.orm.em.fork(), clientId);
    return booking.id;
  }

  beforeEach(async () => {
    db = await createTestDatabase(bookingsSubgraph);
  });
  afterEach(() => db.drop());

  it('`purge-expired` deletes sessions past retention with their history, once, and records it', async () => {
    await erasedSession(new Date('2003-05-01T10:00:00Z')); // kept until 2023
    const within = await erasedSession(new Date('2026-05-01T10:00:00Z')); // kept until 2046
    const env = { ...process.env, BOOKINGS_DATABASE_URL: db.url, LOG_LEVEL: 'info', NODE_ENV: 'test' };

    const { stdout } = await run(process.execPath, [MAIN, 'purge-expired'], { env });

    expect(stdout).toMatch(/"recordKind":"SESSION","deleted":1,/);
    expect(await bookingIds()).toEqual([within]);
    expect((await sql<{ booking_id: string }>('select booking_id from booking_events')).map((e) => e.booking_id)).toEqual([within]);
    expect(await audit()).toEqual([{ record_kind: 'SESSION', deleted: 1 }]);
    // Counts and dates only in the log: no booking, client or pseudonym id.
    expect(stdout).not.toContain(within);
  });

  it('runs on a timer in the serving process, and stops cleanly', async () => {
    const expired = await erasedSession(new Date('2003-05-01T10:00:00Z'));
    const schedule = startRetentionPurgeSchedule({
      orm: db.orm,
      logger: createLogger('bookings'),
      targets: BOOKINGS_RETENTION,
      intervalMs: 200,
      firstRunAfterMs: 0,
      batchSize: 10,
    });
    try {
      for (let i = 0; i < 50 && (await audit()).length < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await schedule.stop();
    }
    const rows = await audit();
    expect(rows[0]).toEqual({ record_kind: 'SESSION', deleted: 1 });
    // Later runs found nothing more to delete, and said so.
    expect(rows.slice(1).every((r) => r.deleted === 0)).toBe(true);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(await bookingIds()).not.toContain(expired);
    // Stopped: no run after stop().
    const count = rows.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await audit()).length).toBe(count);
  });
});

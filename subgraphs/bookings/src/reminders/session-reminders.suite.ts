import type { Caller } from '@caregraph/kernel';
import { SYSTEM_USER_ID } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { Weekday } from '../schedules/weekday';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { expectNothingClinical, noticesFor } from '../test/outbox';
import { makeSchedule } from '../test/schedule-factory';
import { CLAIM_DUE_SESSIONS, sweepSessionReminders } from './session-reminders';

const HOUR = 3_600_000;
const NOTE = 'Anxious about leaving the house.';

describe('the session-reminders sweep', () => {
  let subgraph: TestSubgraph;
  const listing = randomUUID();
  const client: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const hour = (n: number) => new Date((Math.floor(Date.now() / HOUR) + n) * HOUR);
  const routeUrl = () => subgraph.url.replace(/\/graphql$/, '/internal/sweeps/session-reminders');
  const sweep = async (caller: Caller | null = { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] }) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (caller) headers.authorization = `Bearer ${await subgraph.signer.sign('bookings', caller, randomUUID())}`;
    const res = await fetch(routeUrl(), { method: 'POST', headers, body: '{}' });
    return { status: res.status, body: (await res.json()) as { recorded?: number; error?: string } };
  };
  const notices = (id: string) => noticesFor(subgraph.db.orm, id);
  const stamp = async (id: string) => (await subgraph.db.orm.em.fork().findOneOrFail(Booking, { id })).reminderRecordedAt;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    makeSchedule(em, listing, { timeZone: 'UTC', minimumNoticeMinutes: 60, weeklyHours: Object.values(Weekday).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) });
    await em.flush();
  });
  afterAll(() => subgraph.stop());
  afterEach(() => {
    delete process.env.REMINDER_LEAD_HOURS;
  });

  /** Bookings of `client`, `hoursAhead` from now, with the listing unless another is named; returns their ids in order. */
  const bookings = async (rows: Array<{ hoursAhead: number; status?: BookingStatus; reminded?: boolean; therapistId?: string }>) => {
    const em = subgraph.db.orm.em.fork();
    const made = rows.map(({ hoursAhead, status, reminded, therapistId }) => {
      const b = makeBooking(em, { clientId: client.userId!, therapistId: therapistId ?? listing, startsAt: hour(hoursAhead), status: status ?? BookingStatus.CONFIRMED });
      b.note = NOTE;
      if (reminded) b.reminderRecordedAt = new Date();
      return b;
    });
    await em.flush();
    return made.map((b) => b.id);
  };

  it('refuses callers other than the platform, changing nothing', async () => {
    const [due] = await bookings([{ hoursAhead: 3 }]);
    expect(await sweep(null)).toEqual({ status: 401, body: { error: expect.any(String) } });
    expect(await sweep({ userId: randomUUID(), roles: ['ADMIN'] })).toEqual({ status: 403, body: { error: expect.any(String) } });
    expect(await sweep({ userId: randomUUID(), roles: ['THERAPIST'] })).toMatchObject({ status: 403 });
    expect(await stamp(due)).toBeNull();
    expect(await notices(due)).toEqual([]);
    // The platform may: the session is reminded, and this test leaves nothing due behind.
    expect(await sweep()).toEqual({ status: 200, body: { recorded: 1 } });
  });

  it('reminds client and therapist once of each confirmed session within the lead time, and of nothing else', async () => {
    const [soon, tomorrow, later, requested, cancelled, past, reminded] = await bookings([
      { hoursAhead: 2 }, { hoursAhead: 23 }, { hoursAhead: 25 },
      { hoursAhead: 4, status: BookingStatus.REQUESTED }, { hoursAhead: 5, status: BookingStatus.CANCELLED },
      { hoursAhead: -1 }, { hoursAhead: 6, reminded: true },
    ]);
    expect(await sweep()).toEqual({ status: 200, body: { recorded: 2 } });
    for (const [id, hoursAhead] of [[soon, 2], [tomorrow, 23]] as const) {
      const [notice, ...more] = await notices(id);
      expect(more).toEqual([]);
      expect(notice).toEqual({
        kind: 'booking.reminder',
        payload: {
          recipients: [{ kind: 'user', userId: client.userId, role: 'CLIENT' }, { kind: 'therapist', therapistId: listing }],
          facts: { bookingId: id, therapistId: listing, startsAt: hour(hoursAhead).toISOString(), format: 'ONLINE' },
        },
      });
      expectNothingClinical(notice, [NOTE]);
      expect(await stamp(id)).toBeInstanceOf(Date);
    }
    for (const id of [later, requested, cancelled, past, reminded]) expect(await notices(id)).toEqual([]);
    expect(await stamp(later)).toBeNull();
    // The next sweep finds nothing new.
    expect(await sweep()).toEqual({ status: 200, body: { recorded: 0 } });
  });

  it('takes its lead time from REMINDER_LEAD_HOURS', async () => {
    const [inTwoDays] = await bookings([{ hoursAhead: 40 }]);
    expect(await sweepSessionReminders(subgraph.db.orm.em.fork(), new Date())).toBe(0);
    process.env.REMINDER_LEAD_HOURS = '48';
    // The 25-hour session of the previous test falls due too.
    expect(await sweepSessionReminders(subgraph.db.orm.em.fork(), new Date())).toBe(2);
    expect((await notices(inTwoDays)).map((n) => n.kind)).toEqual(['booking.reminder']);
    process.env.REMINDER_LEAD_HOURS = '0';
    await expect(sweepSessionReminders(subgraph.db.orm.em.fork(), new Date())).rejects.toThrow('REMINDER_LEAD_HOURS must be between 1 and 168, got 0');
  });

  it('works in batches until nothing due is left', async () => {
    const ids = await bookings([7, 8, 9, 10, 11].map((hoursAhead) => ({ hoursAhead })));
    expect(await sweepSessionReminders(subgraph.db.orm.em.fork(), new Date(), 2)).toBe(5);
    for (const id of ids) expect((await notices(id)).map((n) => n.kind)).toEqual(['booking.reminder']);
  });

  it('reminds each session once when sweeps run at the same moment', async () => {
    // Three therapists' sessions, ten hours each: thirty due at once.
    const therapists = [randomUUID(), randomUUID(), randomUUID()];
    const ids = await bookings(Array.from({ length: 30 }, (_, i) => ({ hoursAhead: 12 + (i % 10), therapistId: therapists[i % 3] })));
    const direct = () => sweepSessionReminders(subgraph.db.orm.em.fork(), new Date(), 3);
    const [a, b, c, d] = await Promise.all([sweep(), sweep(), direct(), direct()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.recorded! + b.body.recorded! + c + d).toBe(30);
    for (const id of ids) expect(await notices(id)).toHaveLength(1);
  });

  it('reminds again of a session moved after its reminder, at its new time', async () => {
    const [id] = await bookings([{ hoursAhead: 70 }]);
    process.env.REMINDER_LEAD_HOURS = '72';
    expect(await sweepSessionReminders(subgraph.db.orm.em.fork(), new Date())).toBe(1);
    const moved = await subgraph.request<{ rescheduleBooking: { startsAt: string } }>(
      'mutation($id: ID!, $startsAt: DateTime!) { rescheduleBooking(id: $id, startsAt: $startsAt) { startsAt } }',
      { id, startsAt: hour(71).toISOString() },
      client,
    );
    expect(moved.errors).toBeUndefined();
    expect(await stamp(id)).toBeNull();
    expect(await sweepSessionReminders(subgraph.db.orm.em.fork(), new Date())).toBe(1);
    const sent = await notices(id);
    expect(sent.map((n) => [n.kind, n.payload.facts.startsAt])).toEqual([
      ['booking.reminder', hour(70).toISOString()],
      ['booking.moved', hour(71).toISOString()],
      ['booking.reminder', hour(71).toISOString()],
    ]);
  });

  it('claims through the partial index, not by scanning the bookings', async () => {
    // Twenty thousand sessions long past (each with its own therapist, clear of the no-overlap constraint), a few due.
    await subgraph.db.orm.em.fork().execute(`insert into bookings (id, client_id, therapist_id, starts_at, ends_at, format, status, created_at, updated_at)
      select gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), now() - make_interval(hours => g), now() - make_interval(hours => g) + interval '1 hour',
             'ONLINE', 'COMPLETED', now(), now() from generate_series(1, 20000) g`);
    await bookings([{ hoursAhead: 3, therapistId: randomUUID() }, { hoursAhead: 5, therapistId: randomUUID() }]);
    await subgraph.db.orm.em.fork().execute('analyze bookings');
    const now = new Date();
    const plan = await subgraph.db.orm.em.fork().execute<Array<{ 'QUERY PLAN': string }>>(`explain ${CLAIM_DUE_SESSIONS}`, [now, now, new Date(now.getTime() + 24 * HOUR), 200]);
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toContain('bookings_reminder_due_index');
    expect(text).not.toMatch(/Seq Scan on bookings/);
  });
});

import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { SessionFormat } from '@caregraph/vocabulary';
import { randomUUID } from 'node:crypto';
import { BookingStatus } from '../bookings/booking-status';
import { Weekday } from '../schedules/weekday';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { noticeCount, type StoredNotice } from '../test/outbox';
import { makeSchedule } from '../test/schedule-factory';
import { recordSlotOpened } from './slot-opened';
import { WaitlistEndReason, WaitlistEntry } from './waitlist-entry.entity';

// Which listing a therapist owns is the therapists subgraph's answer, through the graph: stubbed here.
const owners = new Map<string, string>();
jest.mock('../graph/caller-therapist', () => ({
  callerTherapistId: (ctx: { caller: Caller }) => Promise.resolve(owners.get(ctx.caller.userId ?? '') ?? null),
}));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const day = (instant: Date) => instant.toISOString().slice(0, 10);

describe('a freed time tells the people waiting (waitlist.slot-opened)', () => {
  let subgraph: TestSubgraph;
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const client: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  // Whole hours five days out at the earliest, in UTC (the diary's zone here): always open.
  const at = (daysAhead: number, hour = 10) => new Date((Math.floor(Date.now() / DAY) + daysAhead) * DAY + hour * HOUR);
  const listings: string[] = [];

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
  });
  afterAll(() => subgraph.stop());

  /** A fresh listing with an always-open diary in `timeZone`, owned by `therapist`. */
  const newListing = async (timeZone = 'UTC') => {
    const listing = randomUUID();
    listings.push(listing);
    owners.set(therapist.userId!, listing);
    const em = subgraph.db.orm.em.fork();
    makeSchedule(em, listing, { timeZone, minimumNoticeMinutes: 60, weeklyHours: Object.values(Weekday).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) });
    await em.flush();
    return listing;
  };
  /** Entries on `listing`'s list, joined one after another (createdAt a second apart, in this order). */
  const waiting = async (listing: string, entries: Array<{ from: Date; to: Date; format?: SessionFormat | null; clientId?: string; ended?: boolean }>) => {
    const em = subgraph.db.orm.em.fork();
    const base = Date.now() - 60_000;
    const made = entries.map((e, i) =>
      em.create(WaitlistEntry, {
        clientId: e.clientId ?? randomUUID(), therapistId: listing, fromDate: day(e.from), toDate: day(e.to), format: e.format ?? null,
        createdAt: new Date(base + i * 1000), ...(e.ended ? { endedAt: new Date(), endReason: WaitlistEndReason.LEFT } : {}),
      }));
    await em.flush();
    return made.map((e) => e.clientId);
  };
  const booking = async (listing: string, startsAt: Date, fields: { format?: SessionFormat; status?: BookingStatus } = {}) => {
    const em = subgraph.db.orm.em.fork();
    const b = makeBooking(em, { clientId: client.userId!, therapistId: listing, startsAt, ...fields });
    await em.flush();
    return b.id;
  };
  const cancel = (id: string, caller: Caller = client) =>
    subgraph.request<{ cancelBooking: { status: string } }>('mutation($id: ID!) { cancelBooking(id: $id, reason: "Poorly this week") { status } }', { id }, caller);
  const move = (id: string, startsAt: Date, caller: Caller = client) =>
    subgraph.request<{ rescheduleBooking: { startsAt: string } }>('mutation($id: ID!, $s: DateTime!) { rescheduleBooking(id: $id, startsAt: $s) { startsAt } }', { id, s: startsAt.toISOString() }, caller);
  const slotNotices = async (listing: string) =>
    subgraph.db.orm.em.fork().execute<StoredNotice[]>(`select kind, payload from outbox_events where kind = 'waitlist.slot-opened' and payload->'facts'->>'therapistId' = ?`, [listing]);
  const toClient = (userId: string) => ({ kind: 'user', userId, role: 'CLIENT' });

  it('a cancellation inside the ranges records one event, to those waiting in the order they joined, with the time only', async () => {
    const listing = await newListing();
    const startsAt = at(6);
    const [first, second, third] = await waiting(listing, [
      { from: at(5), to: at(8), format: SessionFormat.ONLINE },
      { from: at(6), to: at(6) },
      { from: at(1), to: at(30), format: SessionFormat.ONLINE },
    ]);
    const id = await booking(listing, startsAt);
    expect((await cancel(id)).data?.cancelBooking.status).toBe('CANCELLED');
    const notices = await slotNotices(listing);
    expect(notices).toEqual([{
      kind: 'waitlist.slot-opened',
      payload: { recipients: [toClient(first), toClient(second), toClient(third)], facts: { therapistId: listing, startsAt: startsAt.toISOString(), format: 'ONLINE' } },
    }]);
    expect(JSON.stringify(notices)).not.toContain('Poorly');
    expect(JSON.stringify(notices)).not.toContain(client.userId);
    // Told once for this time, and still waiting.
    const entries = await subgraph.db.orm.em.fork().find(WaitlistEntry, { therapistId: listing });
    expect(entries.map((e) => [e.notifiedCount, e.endedAt])).toEqual([[1, null], [1, null], [1, null]]);
  });

  it('tells nobody outside the range, of another format, who left, or waiting on another therapist', async () => {
    const listing = await newListing();
    const elsewhere = await newListing();
    await waiting(listing, [
      { from: at(7), to: at(9) },
      { from: at(1), to: at(5) },
      { from: at(1), to: at(9), format: SessionFormat.HOME_VISIT },
      { from: at(1), to: at(9), ended: true },
    ]);
    await waiting(elsewhere, [{ from: at(1), to: at(9) }]);
    const before = await noticeCount(subgraph.db.orm);
    const id = await booking(listing, at(6));
    expect((await cancel(id)).errors).toBeUndefined();
    expect(await slotNotices(listing)).toEqual([]);
    // Only the cancellation's own notice to the therapist.
    expect(await noticeCount(subgraph.db.orm)).toBe(before + 1);
    const told = await subgraph.db.orm.em.fork().count(WaitlistEntry, { therapistId: { $in: [listing, elsewhere] }, notifiedCount: { $gt: 0 } });
    expect(told).toBe(0);
  });

  it('a move tells those waiting on the old time, not the new; a REQUESTED booking counts; the therapist may move it', async () => {
    const listing = await newListing();
    const [waiter] = await waiting(listing, [{ from: at(6), to: at(6) }]);
    await waiting(listing, [{ from: at(9), to: at(9) }]);
    const id = await booking(listing, at(6), { status: BookingStatus.REQUESTED });
    expect((await move(id, at(9), therapist)).errors).toBeUndefined();
    const [notice, ...more] = await slotNotices(listing);
    expect(more).toEqual([]);
    expect(notice.payload).toEqual({ recipients: [toClient(waiter)], facts: { therapistId: listing, startsAt: at(6).toISOString(), format: 'ONLINE' } });
  });

  it('does not tell the client who gave the time up, and matches the day in the diary\'s own zone', async () => {
    // 23:30 UTC on day 6 is already day 7 in Auckland.
    const listing = await newListing('Pacific/Auckland');
    const [onDay7] = await waiting(listing, [{ from: at(7), to: at(7) }, { from: at(6), to: at(6) }, { from: at(6), to: at(7), clientId: client.userId! }]);
    const id = await booking(listing, new Date(at(6, 23).getTime() + 30 * 60_000));
    expect((await cancel(id)).errors).toBeUndefined();
    const [notice] = await slotNotices(listing);
    expect(notice.payload.recipients).toEqual([toClient(onDay7)]);
  });

  it('tells each time a time opens, once per freed time, even when 20 cancel the same booking at once', async () => {
    const listing = await newListing();
    await waiting(listing, [{ from: at(5), to: at(9) }]);
    const id = await booking(listing, at(6));
    const results = await Promise.all(Array.from({ length: 20 }, () => cancel(id)));
    expect(results.filter((r) => r.data?.cancelBooking?.status === 'CANCELLED')).toHaveLength(1);
    expect(await slotNotices(listing)).toHaveLength(1);
    expect((await cancel(await booking(listing, at(7)))).errors).toBeUndefined();
    expect(await slotNotices(listing)).toHaveLength(2);
    const [entry] = await subgraph.db.orm.em.fork().find(WaitlistEntry, { therapistId: listing });
    expect(entry.notifiedCount).toBe(2);
  });

  it('records nothing, and stamps nobody, when the change rolls back', async () => {
    const listing = await newListing();
    await waiting(listing, [{ from: at(5), to: at(9) }]);
    const before = await noticeCount(subgraph.db.orm);
    const failed = subgraph.db.orm.em.fork().transactional(async (tx) => {
      expect(await recordSlotOpened(tx, { therapistId: listing, startsAt: at(6), format: SessionFormat.ONLINE, freedByClientId: null })).not.toBeNull();
      await tx.flush();
      throw new Error('the change failed');
    });
    await expect(failed).rejects.toThrow('the change failed');
    expect(await noticeCount(subgraph.db.orm)).toBe(before);
    const [entry] = await subgraph.db.orm.em.fork().find(WaitlistEntry, { therapistId: listing });
    expect([entry.notifiedCount, entry.lastNotifiedAt]).toEqual([0, null]);
  });
});

import { SYSTEM_USER_ID, type Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { recordBookingNotice } from '../notices/booking-notice';
import { noticesFor } from '../test/outbox';

const ERASE = 'mutation($userId: ID!) { eraseClientBookings(userId: $userId) { retained deleted retainUntil } }';
const DAY = 86_400_000;

interface ErasureResult {
  retained: number;
  deleted: number;
  retainUntil: string | null;
}


/** `date` plus `years` calendar years (UTC), as PostgreSQL's interval arithmetic gives it. */
function plusYears(date: Date, years: number): Date {
  const result = new Date(date);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  return result;
}

describe('eraseClientBookings', () => {
  let subgraph: TestSubgraph;
  const system: Caller = { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] };
  const clientId = randomUUID();
  const otherClientId = randomUUID();
  const therapistId = randomUUID();
  const now = Date.now();
  // The client's history: three sessions that took place (one held but not yet marked), four that never were.
  const kept: Record<string, string> = {};
  const gone: Record<string, string> = {};
  let lastEnd: Date;
  let othersBooking: string;

  /** Every stored booking, freshly read, as plain objects. */
  const rows = async () =>
    (await subgraph.db.orm.em.fork().find(Booking, {}, { orderBy: { id: 'asc' } })).map((booking) => ({ ...booking }));

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    const at = (days: number) => new Date(Math.floor((now + days * DAY) / 3_600_000) * 3_600_000);
    const book = (status: BookingStatus, startsAt: Date) => makeBooking(em, { clientId, therapistId, status, startsAt }).id;
    kept.completed = book(BookingStatus.COMPLETED, at(-60));
    kept.noShow = book(BookingStatus.NO_SHOW, at(-30));
    // CONFIRMED and already held, its outcome not recorded yet: kept (a deletion cannot be undone).
    const heldStart = at(-2);
    kept.heldUnmarked = book(BookingStatus.CONFIRMED, heldStart);
    lastEnd = new Date(heldStart.getTime() + 3_600_000);
    gone.upcoming = book(BookingStatus.CONFIRMED, at(7));
    gone.requested = book(BookingStatus.REQUESTED, at(14));
    gone.cancelled = book(BookingStatus.CANCELLED, at(-10));
    gone.declined = book(BookingStatus.DECLINED, at(-20));
    const others = makeBooking(em, { clientId: otherClientId, therapistId, status: BookingStatus.COMPLETED, startsAt: at(-5) });
    othersBooking = others.id;
    // Notices: one to the client and the therapist, one to the therapist only, one to the other client.
    recordBookingNotice(em, 'booking.reminder', { id: gone.upcoming, clientId, therapistId, startsAt: at(7), format: others.format }, 'BOTH');
    recordBookingNotice(em, 'booking.requested', { id: gone.requested, clientId, therapistId, startsAt: at(14), format: others.format }, 'THERAPIST');
    recordBookingNotice(em, 'booking.check-in-invitation', others, 'CLIENT');
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it.each<[string, Caller, string]>([
    ['anonymous', { userId: null, roles: [] }, 'UNAUTHENTICATED'],
    ['the client themselves', { userId: clientId, roles: ['CLIENT'] }, 'FORBIDDEN'],
    ['a therapist', { userId: randomUUID(), roles: ['THERAPIST'] }, 'FORBIDDEN'],
    ['an admin', { userId: randomUUID(), roles: ['ADMIN'] }, 'FORBIDDEN'],
  ])('is refused to %s and changes nothing', async (_, caller, code) => {
    const before = await rows();
    const result = await subgraph.request(ERASE, { userId: clientId }, caller);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await rows()).toEqual(before);
  });

  it('names userId when it is not a user id', async () => {
    const result = await subgraph.request(ERASE, { userId: 'nope' }, system);
    expect(result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'userId' });
  });

  it('retains the sessions that took place under one pseudonym until the last end + 20 years, and deletes the rest', async () => {
    const before = new Map((await rows()).map((row) => [row.id, row]));
    const result = await subgraph.request<{ eraseClientBookings: ErasureResult }>(ERASE, { userId: clientId }, system);
    expect(result.errors).toBeUndefined();
    const retainUntil = plusYears(lastEnd, 20);
    expect(result.data?.eraseClientBookings).toEqual({ retained: 3, deleted: 4, retainUntil: retainUntil.toISOString() });

    const after = new Map((await rows()).map((row) => [row.id, row]));
    for (const id of Object.values(gone)) expect(after.has(id)).toBe(false);
    const retained = Object.values(kept).map((id) => after.get(id)!);
    expect(new Set(retained.map((row) => row.subjectRef)).size).toBe(1);
    for (const row of retained) {
      expect(row.clientId).toBeNull();
      expect(row.subjectRef).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.subjectRef).not.toBe(clientId);
      expect(row.retainUntil).toEqual(retainUntil);
      // The clinical content is untouched; the version moves so a stale edit fails.
      expect(row.status).toBe(before.get(row.id)!.status);
      expect(row.updatedAt).toEqual(before.get(row.id)!.updatedAt);
      expect(row.version).toBe(before.get(row.id)!.version + 1);
    }
    expect(after.get(othersBooking)).toEqual(before.get(othersBooking));
    // The notice naming the client is gone; the therapist's own and the other client's stay.
    expect(await noticesFor(subgraph.db.orm, gone.upcoming)).toEqual([]);
    expect((await noticesFor(subgraph.db.orm, gone.requested)).map((n) => n.kind)).toEqual(['booking.requested']);
    expect((await noticesFor(subgraph.db.orm, othersBooking)).map((n) => n.kind)).toEqual(['booking.check-in-invitation']);
  });

  it('changes nothing and reports zeros when run again', async () => {
    const before = await rows();
    const result = await subgraph.request<{ eraseClientBookings: ErasureResult }>(ERASE, { userId: clientId }, system);
    expect(result.data?.eraseClientBookings).toEqual({ retained: 0, deleted: 0, retainUntil: null });
    expect(await rows()).toEqual(before);
  });

  it('keeps retained sessions out of User.bookings but visible to their therapist, without a client', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on User { bookings(first: 100) { totalCount edges { node { id } } } }
      ... on Therapist { bookings(first: 100) { totalCount edges { node { id client { id } } } } }
      ... on Booking { id status client { id } }
    } }`;
    const result = await subgraph.request<{ _entities: Array<Record<string, unknown>> }>(query, {
      r: [
        { __typename: 'User', id: clientId },
        { __typename: 'Therapist', id: therapistId },
        { __typename: 'Booking', id: kept.completed },
      ],
    }, { userId: randomUUID(), roles: ['ADMIN'] });
    expect(result.errors).toBeUndefined();
    const [user, therapist, booking] = result.data!._entities;
    expect(user).toEqual({ bookings: { totalCount: 0, edges: [] } });
    const nodes = (therapist as { bookings: { edges: Array<{ node: { id: string; client: { id: string } | null } }> } }).bookings.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id).sort()).toEqual([...Object.values(kept), othersBooking].sort());
    expect(nodes.find((n) => n.id === othersBooking)?.client).toEqual({ id: otherClientId });
    expect(nodes.filter((n) => n.id !== othersBooking).every((n) => n.client === null)).toBe(true);
    expect(booking).toEqual({ id: kept.completed, status: 'COMPLETED', client: null });
  });

  it('reports zeros for someone with no bookings', async () => {
    const result = await subgraph.request<{ eraseClientBookings: ErasureResult }>(ERASE, { userId: randomUUID() }, system);
    expect(result.data?.eraseClientBookings).toEqual({ retained: 0, deleted: 0, retainUntil: null });
  });
});

import { OptimisticLockError } from '@mikro-orm/core';
import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { Booking } from '../bookings/booking.entity';
import { BookingStatus } from '../bookings/booking-status';
import { BookingAction } from '../lifecycle/booking-action';
import { recordStepNotice } from './step-notices';
import { Weekday } from '../schedules/weekday';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { expectNothingClinical, noticeCount, noticesFor } from '../test/outbox';
import { makeSchedule } from '../test/schedule-factory';

// Which listing a therapist owns is the therapists subgraph's answer, through the graph: stubbed here.
const owners = new Map<string, string>();
jest.mock('../graph/caller-therapist', () => ({
  callerTherapistId: (ctx: { caller: Caller }) => Promise.resolve(owners.get(ctx.caller.userId ?? '') ?? null),
}));

const HOUR = 3_600_000;
const NOTE = 'I find mornings hard after the new medication.';

describe('the notices of booking lifecycle steps (outbox)', () => {
  let subgraph: TestSubgraph;
  const listing = randomUUID();
  const therapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const client: Caller = { userId: randomUUID(), roles: ['CLIENT'] };
  const hour = (n: number) => new Date((Math.floor(Date.now() / HOUR) + n) * HOUR);
  const toClient = { kind: 'user', userId: client.userId, role: 'CLIENT' };
  const toTherapist = { kind: 'therapist', therapistId: listing };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    owners.set(therapist.userId!, listing);
    const em = subgraph.db.orm.em.fork();
    makeSchedule(em, listing, { timeZone: 'UTC', minimumNoticeMinutes: 60, weeklyHours: Object.values(Weekday).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  /** A booking of `client` with the listing, `hoursAhead` from now, carrying a note no notice may repeat. */
  const booking = async (hoursAhead: number, status = BookingStatus.CONFIRMED) => {
    const em = subgraph.db.orm.em.fork();
    const b = makeBooking(em, { clientId: client.userId!, therapistId: listing, startsAt: hour(hoursAhead), status });
    b.note = NOTE;
    await em.flush();
    return b.id;
  };
  const step = (mutation: string, args: Record<string, unknown>, caller: Caller) => {
    const params = Object.keys(args).map((k) => `${k}: $${k}`).join(', ');
    const types = Object.keys(args).map((k) => `$${k}: ${k === 'id' ? 'ID!' : k === 'startsAt' ? 'DateTime!' : 'String!'}`).join(', ');
    return subgraph.request<Record<string, { status: string }>>(`mutation(${types}) { ${mutation}(${params}) { id status } }`, args, caller);
  };
  const notices = (id: string) => noticesFor(subgraph.db.orm, id);
  const facts = (id: string, hoursAhead: number) => ({ bookingId: id, therapistId: listing, startsAt: hour(hoursAhead).toISOString(), format: 'ONLINE' });

  it('tells the client a request was confirmed: one notice for 50 identical confirmations at once', async () => {
    const id = await booking(48, BookingStatus.REQUESTED);
    const results = await Promise.all(Array.from({ length: 50 }, () => step('confirmBooking', { id }, therapist)));
    expect(results.filter((r) => r.data?.confirmBooking?.status === 'CONFIRMED')).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(49);
    const [notice, ...more] = await notices(id);
    expect(more).toEqual([]);
    expect(notice).toEqual({ kind: 'booking.confirmed', payload: { recipients: [toClient], facts: facts(id, 48) } });
    expectNothingClinical(notice, [NOTE]);
  });

  it('tells the client a request was declined, without the reason', async () => {
    const id = await booking(50, BookingStatus.REQUESTED);
    const reason = 'I do not treat eating disorders.';
    expect((await step('declineBooking', { id, reason }, therapist)).data?.declineBooking.status).toBe('DECLINED');
    const [notice, ...more] = await notices(id);
    expect(more).toEqual([]);
    expect(notice).toEqual({ kind: 'booking.declined', payload: { recipients: [toClient], facts: facts(id, 50) } });
    expectNothingClinical(notice, [NOTE, reason, 'eating']);
  });

  it('tells the other party of a cancellation: who cancelled and whether inside the cut-off, never why', async () => {
    const reason = 'Panic attacks this week.';
    const early = await booking(72);
    const late = await booking(5);
    const byTherapist = await booking(6);
    await step('cancelBooking', { id: early, reason }, client);
    await step('cancelBooking', { id: late, reason }, client);
    await step('cancelBooking', { id: byTherapist, reason }, therapist);
    const [[e], [l], [t]] = await Promise.all([notices(early), notices(late), notices(byTherapist)]);
    expect(e).toEqual({ kind: 'booking.cancelled', payload: { recipients: [toTherapist], facts: { ...facts(early, 72), cancelledBy: 'CLIENT', late: false } } });
    expect(l.payload).toEqual({ recipients: [toTherapist], facts: { ...facts(late, 5), cancelledBy: 'CLIENT', late: true } });
    expect(t.payload).toEqual({ recipients: [toClient], facts: { ...facts(byTherapist, 6), cancelledBy: 'THERAPIST', late: true } });
    for (const notice of [e, l, t]) expectNothingClinical(notice, [NOTE, reason, 'Panic']);
  });

  it('tells the other party of a move, with the new and the previous start', async () => {
    const id = await booking(100);
    await step('rescheduleBooking', { id, startsAt: hour(102).toISOString() }, client);
    await step('rescheduleBooking', { id, startsAt: hour(103).toISOString() }, therapist);
    const moved = await notices(id);
    expect(moved).toEqual([
      { kind: 'booking.moved', payload: { recipients: [toTherapist], facts: { ...facts(id, 102), previousStartsAt: hour(100).toISOString() } } },
      { kind: 'booking.moved', payload: { recipients: [toClient], facts: { ...facts(id, 103), previousStartsAt: hour(102).toISOString() } } },
    ]);
    moved.forEach((notice) => expectNothingClinical(notice, [NOTE]));
  });

  it('invites the client to check in when a session is marked completed; a no-show tells nobody', async () => {
    const done = await booking(-1);
    const missed = await booking(-3);
    expect((await step('completeBooking', { id: done }, therapist)).data?.completeBooking.status).toBe('COMPLETED');
    expect((await step('markBookingNoShow', { id: missed }, therapist)).data?.markBookingNoShow.status).toBe('NO_SHOW');
    const [invitation, ...more] = await notices(done);
    expect(more).toEqual([]);
    expect(invitation).toEqual({ kind: 'booking.check-in-invitation', payload: { recipients: [toClient], facts: facts(done, -1) } });
    expectNothingClinical(invitation, [NOTE]);
    expect(await notices(missed)).toEqual([]);
  });

  it('invites nobody to check in for a session whose client was erased, and still completes it', async () => {
    const em = subgraph.db.orm.em.fork();
    const retained = makeBooking(em, { therapistId: listing, startsAt: hour(-2) });
    retained.clientId = null;
    retained.subjectRef = randomUUID();
    retained.retainUntil = new Date(Date.now() + 365 * 24 * HOUR);
    await em.flush();
    expect((await step('completeBooking', { id: retained.id }, therapist)).data?.completeBooking.status).toBe('COMPLETED');
    expect(await notices(retained.id)).toEqual([]);
  });

  it('records nothing for a step that fails: wrong party, wrong status, a taken time', async () => {
    const before = await noticeCount(subgraph.db.orm);
    const requested = await booking(120, BookingStatus.REQUESTED);
    const confirmed = await booking(124);
    await booking(126);
    expect((await step('confirmBooking', { id: requested }, client)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await step('completeBooking', { id: confirmed }, therapist)).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await step('cancelBooking', { id: confirmed, reason: ' ' }, client)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const taken = await step('rescheduleBooking', { id: confirmed, startsAt: hour(126).toISOString() }, client);
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BOOKING_CONFLICT' });
    expect(await noticeCount(subgraph.db.orm)).toBe(before);
  });

  it('records nothing when the change fails at commit, made from a stale version of the booking', async () => {
    const id = await booking(130, BookingStatus.REQUESTED);
    const stale = subgraph.db.orm.em.fork();
    const copy = await stale.findOneOrFail(Booking, { id });
    const other = subgraph.db.orm.em.fork();
    (await other.findOneOrFail(Booking, { id })).note = 'Changed meanwhile.';
    await other.flush();
    copy.status = BookingStatus.CONFIRMED;
    recordStepNotice(stale, copy, BookingAction.CONFIRM, { actor: 'THERAPIST' });
    await expect(stale.flush()).rejects.toBeInstanceOf(OptimisticLockError);
    expect(await notices(id)).toEqual([]);
  });

  it('records one move when ten sessions race for one free time, the losers failing at the constraint or the check', async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => booking(140 + 2 * i)));
    const target = hour(170).toISOString();
    const results = await Promise.all(ids.map((id) => step('rescheduleBooking', { id, startsAt: target }, client)));
    expect(results.filter((r) => r.data?.rescheduleBooking)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'BOOKING_CONFLICT')).toHaveLength(9);
    const all = (await Promise.all(ids.map(notices))).flat();
    expect(all).toHaveLength(1);
    expect(all[0].payload.facts).toMatchObject({ startsAt: target });
    const winner = await subgraph.db.orm.em.fork().findOneOrFail(Booking, { startsAt: new Date(target) });
    expect(all[0].payload.facts.bookingId).toBe(winner.id);
  });
});

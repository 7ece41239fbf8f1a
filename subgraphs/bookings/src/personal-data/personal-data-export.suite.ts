import { SYSTEM_USER_ID, type Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { BookingStatus } from '../bookings/booking-status';
import { BookingAction } from '../lifecycle/booking-action';
import { BookingEvent } from '../lifecycle/booking-event.entity';
import { BookingParty } from '../bookings/booking-party';
import { SessionFormat } from '@caregraph/vocabulary';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';

const EXPORT = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalDataExport { userId bookings } } }';

describe('PersonalDataExport.bookings', () => {
  let subgraph: TestSubgraph;
  const userId = randomUUID();
  const therapistId = randomUUID();
  const therapistUserId = randomUUID();
  const me: Caller = { userId, roles: ['CLIENT'] };
  const mine: string[] = [];

  const exportOf = (id: string, caller: Caller) =>
    subgraph.request<{ _entities: Array<{ userId: string; bookings: Array<Record<string, unknown>> } | null> }>(EXPORT, {
      r: [{ __typename: 'PersonalDataExport', userId: id }],
    }, caller);

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    const past = makeBooking(em, { clientId: userId, therapistId, startsAt: new Date('2026-03-02T10:00:00Z'), status: BookingStatus.COMPLETED });
    mine.push(past.id);
    // Its history: moved once by the client, then completed by the therapist (recorded out of order on purpose).
    em.create(BookingEvent, { booking: past, action: BookingAction.COMPLETE, actor: BookingParty.THERAPIST, actorId: therapistUserId, fromStatus: BookingStatus.CONFIRMED, toStatus: BookingStatus.COMPLETED, occurredAt: new Date('2026-03-02T11:05:00Z') });
    em.create(BookingEvent, {
      booking: past,
      action: BookingAction.RESCHEDULE,
      actor: BookingParty.CLIENT,
      actorId: userId,
      fromStatus: BookingStatus.CONFIRMED,
      toStatus: BookingStatus.CONFIRMED,
      previousStartsAt: new Date('2026-02-27T10:00:00Z'),
      newStartsAt: new Date('2026-03-02T10:00:00Z'),
      reason: 'Clashes with work',
      occurredAt: new Date('2026-02-20T09:00:00Z'),
    });
    // Ahead of now: erasing it later deletes it rather than keeping it.
    const nextYear = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 2, 9, 10));
    mine.push(makeBooking(em, { clientId: userId, therapistId, startsAt: nextYear, format: SessionFormat.HOME_VISIT }).id);
    // Someone else's session with the same therapist, and a session where this user's id is the therapist's listing id.
    makeBooking(em, { therapistId, startsAt: new Date('2026-03-03T10:00:00Z') });
    makeBooking(em, { therapistId: userId, startsAt: new Date('2026-03-04T10:00:00Z') });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  it("returns exactly the caller's bookings as a client, every column and the whole history, in two statements", async () => {
    subgraph.db.resetQueries();
    const result = await exportOf(userId, me);
    expect(result.errors).toBeUndefined();
    expect(subgraph.db.queries).toHaveLength(2);
    const [document] = result.data!._entities;
    expect(document?.userId).toBe(userId);
    expect(document?.bookings.map((b) => b.id)).toEqual(mine);
    const [first] = document!.bookings;
    expect(first).toEqual({
      id: mine[0],
      clientId: userId,
      therapistId,
      startsAt: '2026-03-02T10:00:00.000Z',
      endsAt: '2026-03-02T11:00:00.000Z',
      format: 'ONLINE',
      status: 'COMPLETED',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      version: 1,
      subjectRef: null,
      retainUntil: null,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      cancellationCutoffHours: 24,
      referralSource: 'SELF',
      fundingRoute: 'SELF_PAY',
      referralId: null,
      note: null,
      visitPostcode: null,
      feePence: null,
      feeCurrency: null,
      videoRoomUrl: null,
      idempotencyKey: null,
      requestFingerprint: null,
      reminderRecordedAt: null,
      cancelledBy: null,
      cancellationReason: null,
      cancelledAt: null,
      lateCancellation: false,
      rescheduleCount: 0,
      history: [
        {
          id: expect.any(String),
          occurredAt: '2026-02-20T09:00:00.000Z',
          action: 'RESCHEDULE',
          actor: 'CLIENT',
          actorId: userId,
          fromStatus: 'CONFIRMED',
          toStatus: 'CONFIRMED',
          previousStartsAt: '2026-02-27T10:00:00.000Z',
          newStartsAt: '2026-03-02T10:00:00.000Z',
          reason: 'Clashes with work',
        },
        {
          id: expect.any(String),
          occurredAt: '2026-03-02T11:05:00.000Z',
          action: 'COMPLETE',
          actor: 'THERAPIST',
          actorId: therapistUserId,
          fromStatus: 'CONFIRMED',
          toStatus: 'COMPLETED',
          previousStartsAt: null,
          newStartsAt: null,
          reason: null,
        },
      ],
    });
    expect(document!.bookings[1]).toMatchObject({ format: 'HOME_VISIT', status: 'CONFIRMED', history: [] });
  });

  it('returns an empty list to someone with no bookings', async () => {
    const stranger = randomUUID();
    subgraph.db.resetQueries();
    const result = await exportOf(stranger, { userId: stranger, roles: ['CLIENT'] });
    expect(result.data?._entities).toEqual([{ userId: stranger, bookings: [] }]);
    // No bookings, no history to look up.
    expect(subgraph.db.queries).toHaveLength(1);
  });

  it.each<[string, Caller, string]>([
    ['another client', { userId: randomUUID(), roles: ['CLIENT'] }, 'FORBIDDEN'],
    ['their therapist', { userId: randomUUID(), roles: ['THERAPIST'] }, 'FORBIDDEN'],
    ['an admin', { userId: randomUUID(), roles: ['ADMIN'] }, 'FORBIDDEN'],
    ['SYSTEM', { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] }, 'FORBIDDEN'],
    ['an anonymous caller', { userId: null, roles: [] }, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_, caller, code) => {
    const result = await exportOf(userId, caller);
    expect(result.data?._entities).toEqual([null]);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(JSON.stringify(result)).not.toContain(mine[0]);
  });

  it("refuses SYSTEM even for the SYSTEM principal's own id", async () => {
    const result = await exportOf(SYSTEM_USER_ID, { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('no longer holds records retained after the account was erased', async () => {
    const erased = await subgraph.request('mutation($u: ID!) { eraseClientBookings(userId: $u) { retained deleted } }', { u: userId }, {
      userId: SYSTEM_USER_ID,
      roles: ['SYSTEM'],
    });
    expect(erased.data).toEqual({ eraseClientBookings: { retained: 1, deleted: 1 } });
    const result = await exportOf(userId, me);
    expect(result.data?._entities).toEqual([{ userId, bookings: [] }]);
  });
});

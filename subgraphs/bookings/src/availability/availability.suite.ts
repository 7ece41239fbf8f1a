import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { BookingStatus } from '../bookings/booking-status';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { Weekday } from '../schedules/weekday';
import { makeSchedule, nextClockChange, shiftDate } from '../test/schedule-factory';

const AVAILABILITY = `query($r: [_Any!]!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {
  _entities(representations: $r) { ... on Therapist { availability(from: $from, to: $to, format: $format) { startsAt endsAt } } }
}`;
const NEXT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Therapist { nextAvailableSlot { startsAt endsAt } } } }`;

const DAY = 86_400_000;
const utcHours = (date: string, ...hours: number[]) => hours.map((h) => `${date}T${String(h).padStart(2, '0')}:00:00.000Z`);

describe('Therapist.availability and Therapist.nextAvailableSlot', () => {
  let subgraph: TestSubgraph;
  const quiet = randomUUID();
  const busy = randomUUID();
  const page = Array.from({ length: 20 }, () => randomUUID());
  const noSchedule = randomUUID();
  // A year-long window and no notice, so the next clock changes are in reach whenever the test runs.
  const longWindow = { bookingWindowDays: 366, minimumNoticeMinutes: 0 };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    makeSchedule(em, quiet, longWindow);
    makeSchedule(em, busy, { ...longWindow, weeklyHours: Object.values(Weekday).map((weekday) => ({ weekday, start: '00:00', end: '24:00' })) });
    for (const id of page) makeSchedule(em, id, { minimumNoticeMinutes: 60 });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  const availability = async (therapistIds: string[], from: string, to: string, format?: string) => {
    const result = await subgraph.request<{ _entities: Array<{ availability: Array<{ startsAt: string; endsAt: string }> }> }>(AVAILABILITY, {
      r: therapistIds.map((id) => ({ __typename: 'Therapist', id })),
      from,
      to,
      format,
    });
    expect(result.errors).toBeUndefined();
    return result.data!._entities.map((e) => e.availability);
  };
  const startsOn = async (id: string, date: string) => (await availability([id], `${date}T00:00:00Z`, `${shiftDate(date, 1)}T00:00:00Z`))[0].map((s) => s.startsAt);

  it('follows the last Sunday of March: 09:00–17:00 London is 09:00–17:00Z on the Friday before, 08:00–16:00Z on the Monday after', async () => {
    const change = nextClockChange(3, new Date());
    expect(await startsOn(quiet, shiftDate(change, -2))).toEqual(utcHours(shiftDate(change, -2), 9, 10, 11, 12, 13, 14, 15, 16));
    expect(await startsOn(quiet, shiftDate(change, 1))).toEqual(utcHours(shiftDate(change, 1), 8, 9, 10, 11, 12, 13, 14, 15));
  });

  it('follows the last Sunday of October: 08:00–16:00Z on the Friday before, 09:00–17:00Z on the Monday after', async () => {
    const change = nextClockChange(10, new Date());
    expect(await startsOn(quiet, shiftDate(change, -2))).toEqual(utcHours(shiftDate(change, -2), 8, 9, 10, 11, 12, 13, 14, 15));
    expect(await startsOn(quiet, shiftDate(change, 1))).toEqual(utcHours(shiftDate(change, 1), 9, 10, 11, 12, 13, 14, 15, 16));
  });

  it('costs one SQL statement with 0 bookings and with 200', async () => {
    const from = new Date(Date.now() + 2 * DAY);
    const to = new Date(from.getTime() + 30 * DAY);
    const count = async () => {
      subgraph.db.resetQueries();
      const [slots] = await availability([busy], from.toISOString(), to.toISOString());
      return { statements: subgraph.db.queries.length, slots: slots.length };
    };
    const empty = await count();
    expect(empty.statements).toBe(1);

    const em = subgraph.db.orm.em.fork();
    const first = Math.ceil(from.getTime() / 3_600_000) * 3_600_000;
    for (let i = 0; i < 200; i++) makeBooking(em, { therapistId: busy, startsAt: new Date(first + i * 3 * 3_600_000) });
    await em.flush();
    const full = await count();
    expect(full.statements).toBe(1);
    expect(full.slots).toBe(empty.slots - 200);
  });

  it('skips cancelled and declined bookings but not requested ones', async () => {
    const inTenDays = new Date(Date.now() + 10 * DAY);
    const monday = shiftDate(inTenDays.toISOString().slice(0, 10), (8 - inTenDays.getUTCDay()) % 7);
    const therapistId = randomUUID();
    const em = subgraph.db.orm.em.fork();
    makeSchedule(em, therapistId, { ...longWindow, timeZone: 'UTC' });
    makeBooking(em, { therapistId, startsAt: new Date(`${monday}T09:00:00Z`), status: BookingStatus.CANCELLED });
    makeBooking(em, { therapistId, startsAt: new Date(`${monday}T10:00:00Z`), status: BookingStatus.DECLINED });
    makeBooking(em, { therapistId, startsAt: new Date(`${monday}T11:00:00Z`), status: BookingStatus.REQUESTED });
    await em.flush();
    expect(await startsOn(therapistId, monday)).toEqual(utcHours(monday, 9, 10, 12, 13, 14, 15, 16));
  });

  it('gives a page of therapists their next slot in one SQL statement, and null without a schedule', async () => {
    subgraph.db.resetQueries();
    const result = await subgraph.request<{ _entities: Array<{ nextAvailableSlot: { startsAt: string; endsAt: string } | null }> }>(NEXT, {
      r: [...page, noSchedule].map((id) => ({ __typename: 'Therapist', id })),
    });
    expect(result.errors).toBeUndefined();
    expect(subgraph.db.queries).toHaveLength(1);
    const slots = result.data!._entities.map((e) => e.nextAvailableSlot);
    expect(slots.at(-1)).toBeNull();
    for (const slot of slots.slice(0, -1)) {
      expect(Date.parse(slot!.startsAt)).toBeGreaterThanOrEqual(Date.now() + 59 * 60_000);
      expect(Date.parse(slot!.endsAt) - Date.parse(slot!.startsAt)).toBe(3_600_000);
    }
  });

  it('refuses a span that ends before it starts or is too long, naming `to`', async () => {
    const r = [{ __typename: 'Therapist', id: quiet }];
    const backwards = await subgraph.request(AVAILABILITY, { r, from: '2030-01-02T00:00:00Z', to: '2030-01-01T00:00:00Z' });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const tooLong = await subgraph.request(AVAILABILITY, { r, from: '2030-01-01T00:00:00Z', to: '2030-06-01T00:00:00Z' });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

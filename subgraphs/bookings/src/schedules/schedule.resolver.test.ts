import type { Caller } from '@caregraph/kernel';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';
import { TherapistSchedule } from './schedule.entity';

// The graph (gateway → therapists) is this subgraph's outside world: who owns which listing is stubbed here.
const owners = new Map<string, string>();
jest.mock('../graph/caller-therapist', () => ({
  callerTherapistId: (ctx: { caller: Caller }) => Promise.resolve(owners.get(ctx.caller.userId ?? '') ?? null),
}));

const SET = `mutation($id: ID!, $input: ScheduleInput!, $v: Int) {
  setTherapistSchedule(therapistId: $id, input: $input, expectedVersion: $v) {
    timeZone weeklyHours { weekday start end formats } dateOverrides { date ranges { start end } }
    bufferBeforeMinutes bufferAfterMinutes minimumNoticeMinutes bookingWindowDays sessionMinutes requiresConfirmation cancellationCutoffHours version
  }
}`;
const READ = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Therapist { schedule { timeZone sessionMinutes version } } } }`;

describe('setTherapistSchedule and Therapist.schedule', () => {
  let subgraph: TestSubgraph;
  const listing = randomUUID();
  const owner: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const otherTherapist: Caller = { userId: randomUUID(), roles: ['THERAPIST'] };
  const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
  const client: Caller = { userId: randomUUID(), roles: ['CLIENT'] };

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    owners.set(owner.userId!, listing);
    owners.set(otherTherapist.userId!, randomUUID());
  });
  afterAll(() => subgraph.stop());

  const set = (input: Record<string, unknown>, caller: Caller, v?: number, id = listing) =>
    subgraph.request<{ setTherapistSchedule: Record<string, unknown> }>(SET, { id, input, v }, caller);
  const stored = () => subgraph.db.orm.em.fork().findOne(TherapistSchedule, { therapistId: listing });

  it('lets the owner set a schedule, filling in the defaults and sorting the ranges', async () => {
    const result = await set(
      {
        weeklyHours: [
          { weekday: 'TUESDAY', start: '14:00', end: '17:00' },
          { weekday: 'MONDAY', start: '09:00', end: '12:00', formats: ['ONLINE'] },
          { weekday: 'TUESDAY', start: '09:00', end: '12:00' },
        ],
        dateOverrides: [{ date: '2030-12-25', ranges: [] }],
      },
      owner,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.setTherapistSchedule).toEqual({
      timeZone: 'Europe/London',
      weeklyHours: [
        { weekday: 'MONDAY', start: '09:00', end: '12:00', formats: ['ONLINE'] },
        { weekday: 'TUESDAY', start: '09:00', end: '12:00', formats: null },
        { weekday: 'TUESDAY', start: '14:00', end: '17:00', formats: null },
      ],
      dateOverrides: [{ date: '2030-12-25', ranges: [] }],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 1440,
      bookingWindowDays: 60,
      sessionMinutes: 60,
      requiresConfirmation: false,
      cancellationCutoffHours: 24,
      version: 1,
    });
  });

  it('lets an admin replace it, refusing a stale version', async () => {
    const ok = await set({ timeZone: 'Europe/Belfast', sessionMinutes: 50 }, admin, 1);
    expect(ok.data?.setTherapistSchedule).toMatchObject({ timeZone: 'Europe/Belfast', sessionMinutes: 50, weeklyHours: [], version: 2 });
    const stale = await set({ sessionMinutes: 45 }, admin, 1);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
    const read = await subgraph.request(READ, { r: [{ __typename: 'Therapist', id: listing }, { __typename: 'Therapist', id: randomUUID() }] });
    expect(read.data).toEqual({ _entities: [{ schedule: { timeZone: 'Europe/Belfast', sessionMinutes: 50, version: 2 } }, { schedule: null }] });
  });

  it.each<[string, Caller, string]>([
    ['another therapist', otherTherapist, 'FORBIDDEN'],
    ['a client', client, 'FORBIDDEN'],
    ['an anonymous caller', { userId: null, roles: [] }, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_, caller, code) => {
    const result = await set({ sessionMinutes: 30 }, caller);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect((await stored())?.sessionMinutes).toBe(50);
  });

  it.each<[string, Record<string, unknown>]>([
    ['timeZone', { timeZone: 'Mars/Olympus_Mons' }],
    ['weeklyHours.0.end', { weeklyHours: [{ weekday: 'MONDAY', start: '12:00', end: '09:00' }] }],
    ['weeklyHours.1', { weeklyHours: [{ weekday: 'MONDAY', start: '09:00', end: '12:00' }, { weekday: 'MONDAY', start: '11:00', end: '13:00' }] }],
    ['weeklyHours.0.start', { weeklyHours: [{ weekday: 'MONDAY', start: '9am', end: '12:00' }] }],
    ['dateOverrides.0.date', { dateOverrides: [{ date: '2030-02-30', ranges: [] }] }],
    ['dateOverrides.1.date', { dateOverrides: [{ date: '2030-03-01', ranges: [] }, { date: '2030-03-01', ranges: [] }] }],
    ['sessionMinutes', { sessionMinutes: 5 }],
    ['bookingWindowDays', { bookingWindowDays: 400 }],
    ['bufferAfterMinutes', { bufferAfterMinutes: -1 }],
    ['cancellationCutoffHours', { cancellationCutoffHours: 169 }],
    ['cancellationCutoffHours', { cancellationCutoffHours: -1 }],
  ])('refuses a bad %s, naming it and writing nothing', async (field, input) => {
    const result = await set(input, admin);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0].message).toContain(field);
    expect((await stored())?.version).toBe(2);
  });

  it('takes a cancellation cut-off from 0 to 168 hours, and the database refuses any other', async () => {
    const other = randomUUID();
    for (const hours of [0, 168]) {
      const result = await set({ cancellationCutoffHours: hours }, admin, undefined, other);
      expect(result.data?.setTherapistSchedule).toMatchObject({ cancellationCutoffHours: hours });
    }
    const em = subgraph.db.orm.em.fork();
    await expect(em.execute('update therapist_schedules set cancellation_cutoff_hours = 169 where therapist_id = ?', [other])).rejects.toThrow(/therapist_schedules_cancellation_cutoff_range/);
    makeBooking(em, { therapistId: other }).cancellationCutoffHours = -1;
    await expect(em.flush()).rejects.toThrow(/bookings_cancellation_cutoff_range/);
  });
});

import { SYSTEM_USER_ID, type Caller } from '@caregraph/kernel';
import { GraphUnavailableError } from '@caregraph/runtime';
import { startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import { randomUUID } from 'node:crypto';
import type { TherapistFacts } from '../booking-request/therapist-facts';
import { bookingsSubgraph } from '../subgraph';
import { makeSchedule } from '../test/schedule-factory';
import { shiftDay, waitlistToday } from './waitlist-days';
import { WaitlistEndReason, WaitlistEntry } from './waitlist-entry.entity';

// The therapists subgraph, reached through the gateway, is this subgraph's outside world: its answers are set per test.
const listings = new Map<string, Partial<TherapistFacts>>();
let graphDown = false;
let consent = true;
jest.mock('../booking-request/therapist-facts', () => ({
  therapistFacts: async (_ctx: unknown, id: string) => {
    if (graphDown) throw new GraphUnavailableError('unreachable');
    const facts = listings.get(id);
    return facts ? { clientHasHealthDataConsent: consent, coversPostcode: null, ...facts } : null;
  },
}));

const JOIN = `mutation($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { id from to format joinedAt lastNotifiedAt endedAt therapist { id } } }`;
const LEAVE = 'mutation($id: ID!) { leaveWaitlist(id: $id) { id endedAt } }';
const MINE = '{ myWaitlist { id from to format therapist { id } } }';

type Entry = { id: string; from: string; to: string; format: string | null; endedAt: string | null; therapist: { id: string } };

describe('the waitlist: joinWaitlist, leaveWaitlist, myWaitlist', () => {
  let subgraph: TestSubgraph;
  const today = waitlistToday(Date.now());
  const listed = { status: 'APPROVED', listed: true, sessionFormats: ['ONLINE', 'HOME_VISIT'], fee: { amountPence: 6500, currency: 'GBP' }, sessionMinutes: 60, travelRadiusKm: 10 } as Partial<TherapistFacts>;
  const therapists = Array.from({ length: 7 }, () => randomUUID());
  const [open] = therapists;
  const hidden = randomUUID();
  const noDiary = randomUUID();
  const newClient = (): Caller => ({ userId: randomUUID(), roles: ['CLIENT'] });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    for (const id of [...therapists, hidden]) makeSchedule(em, id);
    await em.flush();
    for (const id of therapists) listings.set(id, listed);
    listings.set(hidden, { ...listed, listed: false });
    listings.set(noDiary, listed);
  });
  afterEach(() => {
    graphDown = false;
    consent = true;
  });
  afterAll(() => subgraph.stop());

  const join = (caller: Caller, input: Record<string, unknown> = {}) =>
    subgraph.request<{ joinWaitlist: Entry }>(JOIN, { input: { therapistId: open, from: shiftDay(today, 1), to: shiftDay(today, 10), ...input } }, caller);
  const leave = (caller: Caller, id: string) => subgraph.request<{ leaveWaitlist: Entry }>(LEAVE, { id }, caller);
  const mine = (caller: Caller) => subgraph.request<{ myWaitlist: Entry[] }>(MINE, {}, caller);
  const activeCount = (clientId: string) => subgraph.db.orm.em.fork().count(WaitlistEntry, { clientId, endedAt: null });

  it('joins, lists in the order joined, and leaves', async () => {
    const me = newClient();
    const first = await join(me, { format: 'ONLINE' });
    expect(first.errors).toBeUndefined();
    expect(first.data?.joinWaitlist).toMatchObject({ from: shiftDay(today, 1), to: shiftDay(today, 10), format: 'ONLINE', lastNotifiedAt: null, endedAt: null, therapist: { id: open } });
    const second = await join(me, { therapistId: therapists[1], from: today, to: today });
    expect(second.data?.joinWaitlist.format).toBeNull();
    expect((await mine(me)).data?.myWaitlist.map((e) => e.therapist.id)).toEqual([open, therapists[1]]);

    const left = await leave(me, first.data!.joinWaitlist.id);
    expect(left.data?.leaveWaitlist.endedAt).toEqual(expect.any(String));
    expect((await leave(me, first.data!.joinWaitlist.id)).data?.leaveWaitlist.endedAt).toBe(left.data?.leaveWaitlist.endedAt);
    expect((await mine(me)).data?.myWaitlist.map((e) => e.therapist.id)).toEqual([therapists[1]]);
    // Having left, the client may join that therapist's list again.
    expect((await join(me)).errors).toBeUndefined();
  });

  it("refuses a second active entry for one therapist (CONFLICT naming therapistId), even 20 at once", async () => {
    const me = newClient();
    expect((await join(me)).errors).toBeUndefined();
    expect((await join(me, { from: shiftDay(today, 20), to: shiftDay(today, 30) })).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'therapistId' });
    const other = newClient();
    const results = await Promise.all(Array.from({ length: 20 }, () => join(other)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    expect(await activeCount(other.userId!)).toBe(1);
  });

  it('lets exactly five of 20 concurrent joins (with seven therapists) succeed, the rest CONFLICT', async () => {
    const me = newClient();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => join(me, { therapistId: therapists[i % therapists.length] })));
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(5);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(15);
    expect(await activeCount(me.userId!)).toBe(5);
    expect((await mine(me)).data?.myWaitlist).toHaveLength(5);
    // Leaving one frees a place.
    const [oldest] = (await mine(me)).data!.myWaitlist;
    await leave(me, oldest.id);
    expect((await join(me, { therapistId: oldest.therapist.id })).errors).toBeUndefined();
    expect(await activeCount(me.userId!)).toBe(5);
  });

  it('closes entries whose last day has passed: they leave myWaitlist and free their place', async () => {
    const me = newClient();
    const em = subgraph.db.orm.em.fork();
    for (const therapistId of therapists.slice(0, 5)) {
      em.create(WaitlistEntry, { clientId: me.userId!, therapistId, fromDate: shiftDay(today, -10), toDate: shiftDay(today, -1) });
    }
    await em.flush();
    expect((await mine(me)).data?.myWaitlist).toEqual([]);
    expect((await join(me)).errors).toBeUndefined();
    const passed = await subgraph.db.orm.em.fork().find(WaitlistEntry, { clientId: me.userId!, endReason: WaitlistEndReason.PASSED });
    expect(passed).toHaveLength(5);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['a therapist id that is not an id', 'therapistId', { therapistId: 'nope' }],
    ['an unknown therapist', 'therapistId', { therapistId: randomUUID() }],
    ['a hidden listing', 'therapistId', { therapistId: hidden }],
    ['a listing with no diary', 'therapistId', { therapistId: noDiary }],
    ['a format the therapist does not give', 'format', { format: 'CLINIC' }],
    ['a first day in the past', 'from', { from: shiftDay(today, -1) }],
    ['a first day over a year ahead', 'from', { from: shiftDay(today, 400), to: shiftDay(today, 401) }],
    ['a last day before the first', 'to', { from: shiftDay(today, 5), to: shiftDay(today, 4) }],
    ['a range of 94 days', 'to', { from: today, to: shiftDay(today, 93) }],
    ['a date that is not a date', 'input.from', { from: '2027-02-30' }],
  ])('refuses %s with BAD_USER_INPUT naming %s', async (_, field, input) => {
    const me = newClient();
    const result = await join(me, input);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result.errors?.[0].extensions?.field).toBe(field);
    expect(await activeCount(me.userId!)).toBe(0);
  });

  it('accepts a range of exactly 93 days', async () => {
    expect((await join(newClient(), { from: today, to: shiftDay(today, 92) })).errors).toBeUndefined();
  });

  it('refuses without consent to process health data (FORBIDDEN), and records nothing when the directory does not answer', async () => {
    const me = newClient();
    consent = false;
    expect((await join(me)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    consent = true;
    graphDown = true;
    expect((await join(me)).errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await activeCount(me.userId!)).toBe(0);
  });

  it.each<[string, Caller, string]>([
    ['a therapist', { userId: randomUUID(), roles: ['THERAPIST'] }, 'FORBIDDEN'],
    ['an admin', { userId: randomUUID(), roles: ['ADMIN'] }, 'FORBIDDEN'],
    ['SYSTEM', { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] }, 'FORBIDDEN'],
    ['an anonymous caller', { userId: null, roles: [] }, 'UNAUTHENTICATED'],
  ])('refuses %s everywhere', async (_, caller, code) => {
    expect((await join(caller)).errors?.[0].extensions?.code).toBe(code);
    expect((await mine(caller)).errors?.[0].extensions?.code).toBe(code);
    expect((await leave(caller, randomUUID())).errors?.[0].extensions?.code).toBe(code);
  });

  it("answers NOT_FOUND for someone else's entry, as for none, and leaves it be", async () => {
    const owner = newClient();
    const { id } = (await join(owner)).data!.joinWaitlist;
    const stranger = await leave(newClient(), id);
    const unknown = await leave(owner, randomUUID());
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(stranger.errors?.[0].message.replace(id, 'ID')).toBe(unknown.errors?.[0].message.replace(/[0-9a-f-]{36}/, 'ID'));
    expect((await mine(owner)).data?.myWaitlist.map((e) => e.id)).toEqual([id]);
    expect((await leave(owner, 'nope')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it("puts the entries in the client's data export, and erases them with the account", async () => {
    const me = newClient();
    const { id } = (await join(me, { format: 'HOME_VISIT' })).data!.joinWaitlist;
    const EXPORT = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalDataExport { waitlist } } }';
    const exported = await subgraph.request<{ _entities: Array<{ waitlist: Array<Record<string, unknown>> }> }>(EXPORT, { r: [{ __typename: 'PersonalDataExport', userId: me.userId }] }, me);
    expect(exported.data?._entities[0].waitlist).toEqual([
      expect.objectContaining({ id, clientId: me.userId, therapistId: open, fromDate: shiftDay(today, 1), toDate: shiftDay(today, 10), format: 'HOME_VISIT', endedAt: null, notifiedCount: 0 }),
    ]);
    const someoneElse = await subgraph.request(EXPORT, { r: [{ __typename: 'PersonalDataExport', userId: me.userId }] }, newClient());
    expect(someoneElse.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const bystander = newClient();
    await join(bystander);
    const erased = await subgraph.request('mutation($u: ID!) { eraseClientBookings(userId: $u) { deleted } }', { u: me.userId }, { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] });
    expect(erased.errors).toBeUndefined();
    expect(await subgraph.db.orm.em.fork().count(WaitlistEntry, { clientId: me.userId! })).toBe(0);
    expect(await activeCount(bystander.userId!)).toBe(1);
  });
});

import { ANONYMOUS, startTestSubgraph, type TestSubgraph } from '@caregraph/runtime/testing';
import type { Caller } from '@caregraph/kernel';
import { randomUUID } from 'node:crypto';
import { BookingStatus } from '../bookings/booking-status';
import { bookingsSubgraph } from '../subgraph';
import { makeBooking } from '../test/booking-factory';

const LIST = `query($filter: AdminBookingFilter, $offset: Int, $limit: Int, $earliestFirst: Boolean) {
  adminBookings(filter: $filter, offset: $offset, limit: $limit, earliestFirst: $earliestFirst) {
    total items { id status startsAt note videoRoomUrl homeVisitPostcode cancellationReason client { id } therapist { id } }
  }
}`;

interface Page {
  adminBookings: {
    total: number;
    items: Array<{ id: string; status: string; startsAt: string; note: string | null; videoRoomUrl: string | null; homeVisitPostcode: string | null; cancellationReason: string | null; client: { id: string } | null; therapist: { id: string } }>;
  };
}

describe('adminBookings', () => {
  let subgraph: TestSubgraph;
  const admin: Caller = { userId: randomUUID(), roles: ['ADMIN'] };
  const client = randomUUID();
  const therapist = randomUUID();
  const day = (n: number) => new Date(Date.UTC(2026, 2, n, 10));

  beforeAll(async () => {
    subgraph = await startTestSubgraph(bookingsSubgraph);
    const em = subgraph.db.orm.em.fork();
    const noted = makeBooking(em, { clientId: client, therapistId: therapist, startsAt: day(2), status: BookingStatus.COMPLETED });
    noted.note = 'Private: I find mornings hard.';
    noted.videoRoomUrl = 'https://meet.caregraph.example/room/abc';
    const cancelled = makeBooking(em, { clientId: client, startsAt: day(3), status: BookingStatus.CANCELLED });
    cancelled.cancellationReason = 'Feeling unwell';
    makeBooking(em, { therapistId: therapist, startsAt: day(4), status: BookingStatus.CONFIRMED });
    makeBooking(em, { startsAt: day(5), status: BookingStatus.REQUESTED });
    await em.flush();
  });
  afterAll(() => subgraph.stop());

  const list = (variables: Record<string, unknown>, caller: Caller = admin) => subgraph.request<Page>(LIST, variables, caller);
  const starts = (page: Page | null | undefined) => page!.adminBookings.items.map((b) => b.startsAt.slice(0, 10));

  it('lists every booking, latest start first, with the total, and never the private details', async () => {
    subgraph.db.resetQueries();
    const result = await list({});
    expect(result.errors).toBeUndefined();
    expect(subgraph.db.queries).toHaveLength(2);
    expect(result.data!.adminBookings.total).toBe(4);
    expect(starts(result.data)).toEqual(['2026-03-05', '2026-03-04', '2026-03-03', '2026-03-02']);
    for (const booking of result.data!.adminBookings.items) {
      expect(booking).toMatchObject({ note: null, videoRoomUrl: null, homeVisitPostcode: null, cancellationReason: null });
    }
    expect(JSON.stringify(result)).not.toMatch(/mornings|unwell|meet\.caregraph/);
  });

  it('filters by status, start time, therapist and client, and pages', async () => {
    expect(starts((await list({ filter: { statuses: ['CANCELLED', 'REQUESTED'] } })).data)).toEqual(['2026-03-05', '2026-03-03']);
    expect(starts((await list({ filter: { startsFrom: day(3).toISOString(), startsBefore: day(5).toISOString() } })).data)).toEqual(['2026-03-04', '2026-03-03']);
    const mine = await list({ filter: { clientId: client }, earliestFirst: true });
    expect(mine.data!.adminBookings.items.map((b) => b.client?.id)).toEqual([client, client]);
    expect(starts(mine.data)).toEqual(['2026-03-02', '2026-03-03']);
    expect((await list({ filter: { therapistId: therapist } })).data!.adminBookings.items.every((b) => b.therapist.id === therapist)).toBe(true);
    const page = await list({ offset: 1, limit: 2 });
    expect(page.data!.adminBookings.total).toBe(4);
    expect(starts(page.data)).toEqual(['2026-03-04', '2026-03-03']);
  });

  it('refuses bad filters and pages, naming the field', async () => {
    const backwards = await list({ filter: { startsFrom: day(5).toISOString(), startsBefore: day(3).toISOString() } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.startsBefore' });
    expect((await list({ filter: { clientId: 'nobody' } })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.clientId' });
    expect((await list({ limit: 101 })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it.each<[string, Caller, string]>([
    ['a client', { userId: client, roles: ['CLIENT'] }, 'FORBIDDEN'],
    ['a therapist', { userId: randomUUID(), roles: ['THERAPIST'] }, 'FORBIDDEN'],
    ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_, caller, code) => {
    const result = await list({}, caller);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe(code);
  });
});

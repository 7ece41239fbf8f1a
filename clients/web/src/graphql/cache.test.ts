// The cache policies as the screens rely on them: search pages appended per filter, entities shared
// by id across screens, value objects kept inside their parent, and what a booking makes stale.
import { gql } from '@apollo/client';
import { forgetAfterBooking } from '../booking/cache-updates';
import { MY_BOOKINGS } from '../booking/operations';
import { SEARCH_THERAPISTS } from '../search/operations';
import { THERAPIST_AVAILABILITY } from '../therapist/operations';
import { createCache } from './cache';

const money = (amountPence: number) => ({ __typename: 'Money' as const, amountPence, currency: 'GBP' as const });

function therapist(id: string, displayName: string) {
  return {
    __typename: 'Therapist' as const,
    id,
    displayName,
    headline: null,
    city: 'Leeds',
    outwardCode: 'LS6',
    conditions: ['ANXIETY' as const],
    sessionFormats: ['ONLINE' as const],
    languages: ['ENGLISH' as const],
    fee: money(7500),
    hcpcVerification: { __typename: 'HcpcVerification' as const, status: 'VERIFIED' as const },
    nextAvailableSlot: null,
  };
}

function searchPage(ids: string[], start: number, hasNextPage: boolean) {
  return {
    searchTherapists: {
      __typename: 'TherapistSearchConnection' as const,
      totalCount: 3,
      totalCountIsExact: true,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: `c${start + ids.length - 1}` },
      edges: ids.map((id, i) => ({ __typename: 'TherapistSearchEdge' as const, cursor: `c${start + i}`, distanceKm: 1.5 + i, node: therapist(id, `Therapist ${id}`) })),
    },
  };
}

function booking(id: string, status: 'CONFIRMED' | 'CANCELLED') {
  return {
    __typename: 'Booking' as const,
    id,
    startsAt: '2026-12-01T10:00:00.000Z',
    endsAt: '2026-12-01T11:00:00.000Z',
    format: 'ONLINE' as const,
    status,
    movesLeft: 2,
    lateCancellation: false,
    freeCancellationUntil: '2026-11-30T10:00:00.000Z',
    homeVisitPostcode: null,
    videoRoomUrl: 'https://meet.caregraph.example/room/1',
    cancelledAt: null,
    fee: money(7500),
    therapist: { __typename: 'Therapist' as const, id: 't1', displayName: 'Therapist t1' },
  };
}

const myBookings = (ids: string[]) => ({
  me: {
    __typename: 'User' as const,
    id: 'u1',
    bookings: {
      __typename: 'BookingConnection' as const,
      totalCount: ids.length,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: 'b-end' },
      edges: ids.map((id) => ({ __typename: 'BookingEdge' as const, cursor: `b-${id}`, node: booking(id, 'CONFIRMED') })),
    },
  },
});

describe('the Apollo cache for the graph', () => {
  const anxietyNearLeeds = { filter: { conditions: ['ANXIETY' as const], near: { postcode: 'LS6 2AB', radiusKm: 25 } }, sort: 'DISTANCE' as const };

  it('appends the next page of a search to the same list, keeping each result’s distance', () => {
    const cache = createCache();
    cache.writeQuery({ query: SEARCH_THERAPISTS, variables: { first: 2, ...anxietyNearLeeds }, data: searchPage(['t1', 't2'], 0, true) });
    cache.writeQuery({ query: SEARCH_THERAPISTS, variables: { first: 2, after: 'c1', ...anxietyNearLeeds }, data: searchPage(['t3'], 2, false) });
    const list = cache.readQuery({ query: SEARCH_THERAPISTS, variables: { first: 2, ...anxietyNearLeeds } })!.searchTherapists;
    expect(list.edges.map((e) => [e.node.id, e.distanceKm])).toEqual([
      ['t1', 1.5],
      ['t2', 2.5],
      ['t3', 1.5],
    ]);
    expect(list.pageInfo).toMatchObject({ hasNextPage: false, endCursor: 'c2' });
  });

  it('keeps a different search (other filter or sort) in a list of its own', () => {
    const cache = createCache();
    cache.writeQuery({ query: SEARCH_THERAPISTS, variables: { first: 2, ...anxietyNearLeeds }, data: searchPage(['t1', 't2'], 0, true) });
    cache.writeQuery({ query: SEARCH_THERAPISTS, variables: { first: 2, filter: { language: 'WELSH' as const }, sort: 'NEWEST' as const }, data: searchPage(['t3'], 0, false) });
    expect(cache.readQuery({ query: SEARCH_THERAPISTS, variables: { first: 2, ...anxietyNearLeeds } })!.searchTherapists.edges).toHaveLength(2);
    expect(cache.readQuery({ query: SEARCH_THERAPISTS, variables: { first: 2, filter: { language: 'WELSH' as const }, sort: 'NEWEST' as const } })!.searchTherapists.edges).toHaveLength(1);
  });

  it('stores each therapist once, by id, and answers `therapist(id)` from a search result', () => {
    const cache = createCache();
    cache.writeQuery({ query: SEARCH_THERAPISTS, variables: { first: 2, ...anxietyNearLeeds }, data: searchPage(['t1', 't2'], 0, true) });
    const profile = cache.readQuery<{ therapist: { id: string; displayName: string } | null }>({
      query: gql`
        query ($id: ID!) {
          therapist(id: $id) {
            id
            displayName
          }
        }
      `,
      variables: { id: 't2' },
    });
    expect(profile?.therapist).toEqual({ __typename: 'Therapist', id: 't2', displayName: 'Therapist t2' });
    const keys = Object.keys(cache.extract());
    expect(keys).toEqual(expect.arrayContaining(['Therapist:t1', 'Therapist:t2']));
    // Money, verification and time slots have no identity of their own: they live inside the therapist.
    expect(keys.some((key) => /^(Money|HcpcVerification|TimeSlot)/.test(key))).toBe(false);
  });

  it('shows a cancellation everywhere the booking appears, from the mutation’s answer alone', () => {
    const cache = createCache();
    cache.writeQuery({ query: MY_BOOKINGS, variables: { first: 20 }, data: myBookings(['b1', 'b2']) });
    // What cancelBooking answers is written under Booking:b1 ...
    cache.writeFragment({
      fragment: gql`
        fragment Cancelled on Booking {
          id
          status
        }
      `,
      data: { __typename: 'Booking', id: 'b1', status: 'CANCELLED' },
    });
    // ... and the list, which only refers to it, reads the new status.
    const list = cache.readQuery({ query: MY_BOOKINGS, variables: { first: 20 } })!.me.bookings;
    expect(list.edges.map((e) => [e.node.id, e.node.status])).toEqual([
      ['b1', 'CANCELLED'],
      ['b2', 'CONFIRMED'],
    ]);
  });

  it('forgets the therapist’s free times and the person’s bookings after a booking, leaving the rest', () => {
    const cache = createCache();
    const window = { id: 't1', from: '2026-12-01T09:00:00.000Z', to: '2026-12-15T09:00:00.000Z', format: 'ONLINE' as const };
    cache.writeQuery({
      query: THERAPIST_AVAILABILITY,
      variables: window,
      // The generated types leave __typename out of value objects; the cache still receives it, as from the network.
      data: { therapist: { __typename: 'Therapist', id: 't1', availability: [{ __typename: 'TimeSlot', startsAt: '2026-12-02T10:00:00.000Z', endsAt: '2026-12-02T11:00:00.000Z' }] } } as never,
    });
    cache.writeQuery({ query: MY_BOOKINGS, variables: { first: 20 }, data: myBookings(['b1']) });
    cache.writeQuery({ query: SEARCH_THERAPISTS, variables: { first: 2, ...anxietyNearLeeds }, data: searchPage(['t1', 't2'], 0, true) });

    forgetAfterBooking(cache, 't1', 'u1');

    expect(cache.readQuery({ query: THERAPIST_AVAILABILITY, variables: window })).toBeNull();
    expect(cache.readQuery({ query: MY_BOOKINGS, variables: { first: 20 } })).toBeNull();
    const t1 = cache.extract()['Therapist:t1'] as Record<string, unknown>;
    expect(t1.displayName).toBe('Therapist t1');
    expect(Object.keys(t1).some((k) => k.startsWith('availability') || k === 'nextAvailableSlot')).toBe(false);
  });
});

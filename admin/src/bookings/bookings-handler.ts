import type { ApolloClient } from '@apollo/client';
import type { GetListParams, Identifier } from 'ra-core';
import { HttpError } from 'ra-core';
import type { AdminBookingQuery, BookingStatus } from '../gql/graphql';
import { checkedId, londonDateSpan } from '../resource-kit/checks';
import { badInput, onlyReads, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { ADMIN_BOOKING, ADMIN_BOOKINGS } from './operations';

export const BOOKING_STATUSES: BookingStatus[] = ['REQUESTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELLED', 'DECLINED'];

/** Filters of the bookings screen; dates are calendar dates in London, both ends included. */
export interface BookingFilter {
  status?: string | string[];
  from?: string;
  to?: string;
  therapistId?: string;
  clientId?: string;
}

/** The graph's filter for the screen's: London calendar dates become instants, the `to` date included. */
export function graphBookingFilter(filter: BookingFilter) {
  const statuses = ([] as string[]).concat(filter.status ?? []).filter((s): s is BookingStatus => (BOOKING_STATUSES as string[]).includes(s));
  const span = londonDateSpan(filter.from, filter.to);
  return {
    statuses: statuses.length ? statuses : undefined,
    startsFrom: span.from,
    startsBefore: span.to,
    therapistId: checkedId('therapistId', filter.therapistId, 'Therapist'),
    clientId: checkedId('clientId', filter.clientId, 'Client'),
  };
}

/**
 * The `bookings` resource, read-only: every booking by start time (filters `status`, `from`, `to`,
 * `therapistId`, `clientId`) and one booking with its history. Never the client's note, the video
 * link, the visit postcode or any reason: the dashboard does not ask, and the graph would not tell.
 */
export function bookingsHandler(client: ApolloClient): ResourceHandler {
  return {
    async getList(params: GetListParams) {
      const filter = graphBookingFilter((params.filter ?? {}) as BookingFilter);
      const { offset, limit } = offsetWindow(params);
      const earliestFirst = params.sort?.field === 'startsAt' && params.sort.order === 'ASC';
      const { items, total } = await readWindow(offset, limit, async (o, l) => {
        const { data } = await client.query({ query: ADMIN_BOOKINGS, variables: { filter, offset: o, limit: l, earliestFirst } });
        return data!.adminBookings;
      });
      return { data: items, total };
    },

    async getOne(id: Identifier): Promise<NonNullable<AdminBookingQuery['booking']>> {
      const { data } = await client.query({ query: ADMIN_BOOKING, variables: { id: String(id) } });
      if (!data?.booking) throw new HttpError('There is no booking with this id.', 404, { code: 'NOT_FOUND' });
      return data.booking;
    },

    referenceFilter: (target, id) => {
      if (target !== 'clientId' && target !== 'therapistId') badInput(target, `Bookings can be listed by client or therapist, not by ${target}.`);
      return { [target]: id };
    },

    readOnlyMessage: onlyReads('bookings'),
  };
}

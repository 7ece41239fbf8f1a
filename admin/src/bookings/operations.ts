import { graphql } from '../gql';

// The booking operations the Bookings screens send to the gateway. Admins never ask for the
// client's note, the video link, the visit postcode or reasons (the graph would answer null).

export const BOOKING_SUMMARY = graphql(`
  fragment BookingSummary on Booking {
    id
    status
    startsAt
    endsAt
    format
    createdAt
    referralSource
    rescheduleCount
    lateCancellation
    cancelledBy
    cancelledAt
    fee {
      amountPence
      currency
    }
    client {
      id
      displayName
    }
    therapist {
      id
      displayName
    }
  }
`);

export const ADMIN_BOOKINGS = graphql(`
  query AdminBookings($filter: AdminBookingFilter, $offset: Int!, $limit: Int!, $earliestFirst: Boolean!) {
    adminBookings(filter: $filter, offset: $offset, limit: $limit, earliestFirst: $earliestFirst) {
      total
      items {
        ...BookingSummary
      }
    }
  }
`);

export const ADMIN_BOOKING = graphql(`
  query AdminBooking($id: ID!) {
    booking(id: $id) {
      ...BookingSummary
      updatedAt
      history {
        occurredAt
        action
        actor
        fromStatus
        toStatus
        previousStartsAt
        newStartsAt
      }
    }
  }
`);

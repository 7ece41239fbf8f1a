import { graphql } from '../gql';

/** What "My bookings" shows of each session. */
export const BOOKING_SUMMARY = graphql(`
  fragment BookingSummary on Booking {
    id
    startsAt
    endsAt
    format
    status
    movesLeft
    lateCancellation
    freeCancellationUntil
    homeVisitPostcode
    videoRoomUrl
    cancelledAt
    fee {
      amountPence
      currency
    }
    therapist {
      id
      displayName
    }
  }
`);

export const CREATE_BOOKING = graphql(`
  mutation CreateBooking($idempotencyKey: String!, $input: CreateBookingInput!) {
    createBooking(idempotencyKey: $idempotencyKey, input: $input) {
      ...BookingSummary
    }
  }
`);

export const MY_BOOKINGS = graphql(`
  query MyBookings($first: Int, $after: String) {
    me {
      id
      bookings(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...BookingSummary
          }
        }
      }
    }
  }
`);

export const CANCEL_BOOKING = graphql(`
  mutation CancelBooking($id: ID!, $reason: String!) {
    cancelBooking(id: $id, reason: $reason) {
      ...BookingSummary
    }
  }
`);

export const RESCHEDULE_BOOKING = graphql(`
  mutation RescheduleBooking($id: ID!, $startsAt: DateTime!) {
    rescheduleBooking(id: $id, startsAt: $startsAt) {
      ...BookingSummary
    }
  }
`);

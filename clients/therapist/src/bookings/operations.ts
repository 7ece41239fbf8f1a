import { graphql } from '../gql';

// What the workspace shows of a session, everywhere (Today and Bookings share the cache entries).
export const SESSION_FIELDS = graphql(`
  fragment WorkspaceSession on Booking {
    id
    startsAt
    endsAt
    format
    status
    note
    videoRoomUrl
    homeVisitPostcode
    referralSource
    movesLeft
    cancellationReason
    cancelledBy
    fee {
      amountPence
      currency
    }
    client {
      id
      displayName
    }
  }
`);

/**
 * The therapist's sessions the screen shows, narrowed by the graph (`filter`, `earliestFirst`: see
 * booking-windows.ts) so the app asks only for what it shows. Mutations refetch every open one.
 */
export const WORKSPACE_BOOKINGS = graphql(`
  query WorkspaceBookings($filter: TherapistBookingFilter, $earliestFirst: Boolean, $first: Int = 100) {
    me {
      id
      therapistProfile {
        id
        bookings(first: $first, filter: $filter, earliestFirst: $earliestFirst) {
          totalCount
          edges {
            node {
              ...WorkspaceSession
            }
          }
        }
      }
    }
  }
`);

/** The signed-in therapist's listing id (null before they have a listing), for the graph's per-therapist fields. */
export const WORKSPACE_THERAPIST_ID = graphql(`
  query WorkspaceTherapistId {
    me {
      id
      therapistProfile {
        id
      }
    }
  }
`);

export const CONFIRM_SESSION = graphql(`
  mutation ConfirmSession($id: ID!) {
    confirmBooking(id: $id) {
      ...WorkspaceSession
    }
  }
`);

export const DECLINE_SESSION = graphql(`
  mutation DeclineSession($id: ID!, $reason: String!) {
    declineBooking(id: $id, reason: $reason) {
      ...WorkspaceSession
    }
  }
`);

export const CANCEL_SESSION = graphql(`
  mutation CancelSession($id: ID!, $reason: String!) {
    cancelBooking(id: $id, reason: $reason) {
      ...WorkspaceSession
    }
  }
`);

export const COMPLETE_SESSION = graphql(`
  mutation CompleteSession($id: ID!) {
    completeBooking(id: $id) {
      ...WorkspaceSession
    }
  }
`);

export const MARK_SESSION_NO_SHOW = graphql(`
  mutation MarkSessionNoShow($id: ID!) {
    markBookingNoShow(id: $id) {
      ...WorkspaceSession
    }
  }
`);

/** The therapist's free times, to move a session to (the same field clients book from). */
export const FREE_TIMES = graphql(`
  query WorkspaceFreeTimes($therapistId: ID!, $format: SessionFormat, $from: DateTime!, $to: DateTime!) {
    therapist(id: $therapistId) {
      id
      availability(format: $format, from: $from, to: $to) {
        startsAt
        endsAt
      }
    }
  }
`);

export const MOVE_SESSION = graphql(`
  mutation MoveSession($id: ID!, $startsAt: DateTime!) {
    rescheduleBooking(id: $id, startsAt: $startsAt) {
      ...WorkspaceSession
    }
  }
`);

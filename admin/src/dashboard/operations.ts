import { graphql } from '../gql';

// Everything the dashboard shows, in one request: the gateway fetches from therapists, bookings
// and accounts side by side.

export const DASHBOARD = graphql(`
  query AdminDashboard($weekStart: DateTime!, $weekEnd: DateTime!, $signUpsFrom: DateTime!) {
    adminListingStats {
      byStatus {
        status
        count
      }
      waitingForReview
      oldestWaitingSince
    }
    bookingsThisWeek: adminBookings(filter: { startsFrom: $weekStart, startsBefore: $weekEnd }, limit: 1) {
      total
    }
    newSignUps: adminUsers(filter: { createdFrom: $signUpsFrom }, limit: 1) {
      total
    }
  }
`);

import { graphql } from '../gql';

/** The therapist's care plans (with whom, in which state) for the client list. */
export const WORKSPACE_CLIENT_PLANS = graphql(`
  query WorkspaceClientPlans {
    me {
      id
      therapistProfile {
        id
        carePlans {
          id
          status
          startDate
          nextReviewDue
          overdueForReview
          client {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** The clients the therapist has a care relationship with, summarised by the graph from their sessions together. */
export const WORKSPACE_CLIENTS = graphql(`
  query WorkspaceClients {
    myClients(first: 100) {
      totalCount
      edges {
        node {
          client {
            id
            displayName
          }
          completedSessions
          upcomingSessions
          lastSessionAt
          nextSession {
            id
            startsAt
          }
        }
      }
    }
  }
`);

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

import { graphql } from '../gql';

/** The home screen's care-plan side: open risk flags across the therapist's plans (oldest first, from the graph), and reviews overdue. */
export const TODAY_SCREEN = graphql(`
  query TherapistToday {
    me {
      id
      displayName
      therapistProfile {
        id
      }
    }
    myOpenRiskFlags(first: 100) {
      totalCount
      edges {
        node {
          id
          reason
          raisedAt
          carePlanId
          client {
            id
            displayName
          }
        }
      }
    }
    overdueCarePlanReviews {
      id
      nextReviewDue
      lastReviewedOn
      client {
        id
        displayName
      }
    }
  }
`);

export const ACKNOWLEDGE_RISK_FLAG = graphql(`
  mutation AcknowledgeRiskFlag($id: ID!, $action: String!) {
    acknowledgeRiskFlag(id: $id, action: $action) {
      id
      acknowledgedAt
      action
    }
  }
`);

import { graphql } from '../gql';

/** The home screen's care-plan side: open risk flags on the therapist's plans, and reviews overdue. */
export const TODAY_SCREEN = graphql(`
  query TherapistToday {
    me {
      id
      displayName
      therapistProfile {
        id
        carePlans {
          id
          status
          client {
            id
            displayName
          }
          riskFlags {
            id
            reason
            raisedAt
            acknowledgedAt
            action
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

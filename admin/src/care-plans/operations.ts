import { graphql } from '../gql';

// The care-plan operations the Care plans screens send to the gateway (care-plans subgraph). Without
// break-glass, admins ask only for what the graph shows them: that a plan exists, its status, whose it is.

export const CARE_PLAN_STATUS = graphql(`
  fragment CarePlanStatusView on CarePlan {
    id
    status
    createdAt
    updatedAt
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

export const ADMIN_CARE_PLANS = graphql(`
  query AdminCarePlans($status: CarePlanStatus, $therapistId: ID, $clientId: ID, $offset: Int!, $limit: Int!) {
    adminCarePlans(status: $status, therapistId: $therapistId, clientId: $clientId, offset: $offset, limit: $limit) {
      total
      items {
        ...CarePlanStatusView
      }
    }
  }
`);

export const ADMIN_CARE_PLAN = graphql(`
  query AdminCarePlan($id: ID!) {
    carePlan(id: $id) {
      ...CarePlanStatusView
    }
  }
`);

export const OPEN_CARE_PLAN_WITH_BREAK_GLASS = graphql(`
  mutation AdminOpenCarePlanWithBreakGlass($id: ID!, $reason: String!) {
    openCarePlanWithBreakGlass(id: $id, reason: $reason) {
      ...CarePlanStatusView
      summary
      focusConditions
      startDate
      endDate
      reviewCadenceWeeks
      lastReviewedOn
      nextReviewDue
      overdueForReview
      goals {
        id
        description
        category
        status
        targetDate
      }
      activities {
        id
        type
        timesPerWeek
        instructions
        active
      }
      reviews {
        id
        reviewedAt
        notes
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
`);

import { graphql } from '../gql';

export const PLAN_FIELDS = graphql(`
  fragment WorkspaceCarePlan on CarePlan {
    id
    status
    focusConditions
    summary
    startDate
    endDate
    reviewCadenceWeeks
    lastReviewedOn
    nextReviewDue
    overdueForReview
    version
    updatedAt
    client {
      id
      displayName
    }
    goals {
      id
      description
      category
      targetDate
      status
      achievement
      version
    }
    activities {
      id
      type
      timesPerWeek
      instructions
      active
      version
      goal {
        id
      }
      logs(last: 10) {
        id
        doneAt
        mood
        note
      }
    }
    questionnaires {
      id
      kind
      total
      severity
      respondent
      completedAt
    }
    riskFlags {
      id
      reason
      raisedAt
      acknowledgedAt
      action
    }
    reviews {
      id
      reviewedAt
      notes
      copmPerformance
      copmSatisfaction
      copmPerformanceMeaningful
      copmSatisfactionMeaningful
      booking {
        id
      }
    }
    trends {
      measures {
        measure
        points {
          at
          value
          band
          meaningfulChange
        }
      }
    }
  }
`);

export const WORKSPACE_CARE_PLAN = graphql(`
  query WorkspaceCarePlanDetail($id: ID!) {
    carePlan(id: $id) {
      ...WorkspaceCarePlan
    }
  }
`);

export const CREATE_CARE_PLAN = graphql(`
  mutation OpenCarePlan($input: CreateCarePlanInput!) {
    createCarePlan(input: $input) {
      ...WorkspaceCarePlan
    }
  }
`);

export const SET_CARE_PLAN_STATUS = graphql(`
  mutation ChangeCarePlanStatus($id: ID!, $status: CarePlanStatus!, $expectedVersion: Int!) {
    setCarePlanStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {
      ...WorkspaceCarePlan
    }
  }
`);

export const ADD_GOAL = graphql(`
  mutation AddPlanGoal($carePlanId: ID!, $input: GoalInput!) {
    addGoal(carePlanId: $carePlanId, input: $input) {
      id
    }
  }
`);

export const UPDATE_GOAL = graphql(`
  mutation UpdatePlanGoal($id: ID!, $expectedVersion: Int!, $input: UpdateGoalInput!) {
    updateGoal(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      status
      achievement
      version
    }
  }
`);

export const ADD_ACTIVITY = graphql(`
  mutation AddPlanActivity($carePlanId: ID!, $input: ActivityInput!) {
    addActivity(carePlanId: $carePlanId, input: $input) {
      id
    }
  }
`);

export const UPDATE_ACTIVITY = graphql(`
  mutation UpdatePlanActivity($id: ID!, $expectedVersion: Int!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      active
      timesPerWeek
      instructions
      version
    }
  }
`);

export const UPDATE_CARE_PLAN = graphql(`
  mutation ChangeCarePlanDetails($id: ID!, $expectedVersion: Int!, $input: UpdateCarePlanInput!) {
    updateCarePlan(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...WorkspaceCarePlan
    }
  }
`);

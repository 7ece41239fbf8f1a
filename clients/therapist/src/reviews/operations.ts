import { graphql } from '../gql';

export const RECORD_PROGRESS_REVIEW = graphql(`
  mutation RecordPlanProgressReview($carePlanId: ID!, $expectedVersion: Int!, $input: ProgressReviewInput!) {
    recordProgressReview(carePlanId: $carePlanId, expectedVersion: $expectedVersion, input: $input) {
      id
      reviewedAt
      questionnaires {
        id
        kind
        total
        severity
      }
    }
  }
`);

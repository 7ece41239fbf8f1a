import { graphql } from '../gql';

export const MY_CARE_PLANS = graphql(`
  query MyCarePlans {
    me {
      id
      carePlans {
        id
        status
        summary
        startDate
        endDate
        nextReviewDue
        therapist {
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
        }
        activities {
          id
          type
          timesPerWeek
          instructions
          active
          logs(last: 10) {
            id
            doneAt
            mood
          }
        }
        questionnaires {
          id
          kind
          total
          severity
          completedAt
        }
        trends {
          measures {
            measure
            points {
              at
              value
              band
            }
          }
        }
      }
    }
  }
`);

export const LOG_ACTIVITY = graphql(`
  mutation LogActivity($activityId: ID!, $input: ActivityLogInput) {
    logActivity(activityId: $activityId, input: $input) {
      id
      doneAt
      mood
    }
  }
`);

export const SUBMIT_QUESTIONNAIRE = graphql(`
  mutation SubmitQuestionnaire($carePlanId: ID!, $input: QuestionnaireInput!) {
    submitQuestionnaire(carePlanId: $carePlanId, input: $input) {
      id
      kind
      total
      severity
      completedAt
    }
  }
`);

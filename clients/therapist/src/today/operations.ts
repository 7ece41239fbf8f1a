import { graphql } from '../gql';

export const THERAPIST_TODAY = graphql(`
  query TherapistToday {
    me {
      id
      displayName
    }
  }
`);

import { graphql } from '../gql';

export const THERAPIST_PROFILE = graphql(`
  query TherapistProfile($id: ID!) {
    therapist(id: $id) {
      ...TherapistCard
      biography
      yearsOfExperience
      approaches
      fundingOptions
      sessionMinutes
      travelRadiusKm
      hcpcNumber
      listed
      cancellationPolicy {
        freeCancellationHours
      }
      hcpcVerification {
        status
        registerExpiresOn
      }
    }
  }
`);

export const THERAPIST_AVAILABILITY = graphql(`
  query TherapistAvailability($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {
    therapist(id: $id) {
      id
      availability(from: $from, to: $to, format: $format) {
        startsAt
        endsAt
      }
    }
  }
`);

import { graphql } from '../gql';

/** What a search result shows of a therapist; the profile starts from it while the rest loads. */
export const THERAPIST_CARD = graphql(`
  fragment TherapistCard on Therapist {
    id
    displayName
    headline
    city
    outwardCode
    conditions
    sessionFormats
    languages
    fee {
      amountPence
      currency
    }
    hcpcVerification {
      status
    }
    nextAvailableSlot {
      startsAt
      endsAt
    }
  }
`);

export const SEARCH_THERAPISTS = graphql(`
  query SearchTherapists($first: Int, $after: String, $filter: TherapistSearchFilter, $sort: TherapistSearchSort) {
    searchTherapists(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      totalCountIsExact
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        distanceKm
        node {
          ...TherapistCard
        }
      }
    }
  }
`);

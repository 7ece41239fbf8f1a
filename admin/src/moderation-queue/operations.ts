import { graphql } from '../gql';

// The moderation queue, oldest first; its rows carry the listing's ListingSummary (therapists/operations.ts).

export const MODERATION_QUEUE = graphql(`
  query AdminModerationQueue($first: Int!, $after: String) {
    moderationQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          kind
          waitingSince
          waitingSeconds
          listing {
            ...ListingSummary
          }
        }
      }
    }
  }
`);

import { graphql } from '../gql';

// The referral operations the Referrals screen sends to the gateway (bookings subgraph). States only: the
// person, the reason and the conditions are the therapist's and the person's, and the graph refuses them to admins.

export const REFERRAL_SUMMARY = graphql(`
  fragment ReferralSummary on Referral {
    id
    status
    origin
    urgency
    fundingRoute
    createdAt
    statusChangedAt
    therapist {
      id
      displayName
    }
  }
`);

export const ADMIN_REFERRALS = graphql(`
  query AdminReferrals($organisationId: ID, $statuses: [ReferralStatus!], $offset: Int!, $limit: Int!) {
    adminReferrals(organisationId: $organisationId, statuses: $statuses, offset: $offset, limit: $limit) {
      total
      items {
        ...ReferralSummary
      }
    }
  }
`);

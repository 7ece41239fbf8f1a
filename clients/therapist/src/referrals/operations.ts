import { graphql } from '../gql';

/** What the inbox shows of a referral: who, why, how soon, who pays and who sent it. */
export const REFERRAL_FIELDS = graphql(`
  fragment WorkspaceReferral on Referral {
    id
    status
    origin
    urgency
    fundingRoute
    createdAt
    statusChangedAt
    reason
    conditions
    referrerName
    person {
      givenName
      familyName
      dateOfBirth
      email
      phone
    }
  }
`);

/** The therapist's referral inbox: waiting ones first (most urgent, oldest), then accepted ones and those in their care. */
export const WORKSPACE_REFERRALS = graphql(`
  query WorkspaceReferrals {
    referralInbox(first: 100, statuses: [SUBMITTED, ACCEPTED, BOOKED]) {
      totalCount
      edges {
        node {
          ...WorkspaceReferral
        }
      }
    }
  }
`);

export const ACCEPT_REFERRAL = graphql(`
  mutation WorkspaceAcceptReferral($referralId: ID!) {
    acceptReferral(referralId: $referralId) {
      ...WorkspaceReferral
    }
  }
`);

export const DECLINE_REFERRAL = graphql(`
  mutation WorkspaceDeclineReferral($input: DeclineReferralInput!) {
    declineReferral(input: $input) {
      ...WorkspaceReferral
    }
  }
`);

export const DISCHARGE_REFERRAL = graphql(`
  mutation WorkspaceDischargeReferral($input: DischargeReferralInput!) {
    dischargeReferral(input: $input) {
      ...WorkspaceReferral
    }
  }
`);

import { graphql } from '../gql';

// The listings operations the dashboard sends to the gateway: the listing fragments, all listings,
// one listing and the moderation steps.

export const LISTING_SUMMARY = graphql(`
  fragment ListingSummary on Therapist {
    id
    displayName
    headline
    hcpcNumber
    conditions
    sessionFormats
    city
    outwardCode
    status
    listed
    createdAt
    updatedAt
    publishedAt
    version
    fee {
      amountPence
      currency
    }
    hcpcVerification {
      status
      verifiedAt
      registerExpiresOn
    }
  }
`);

export const LISTING_DETAIL = graphql(`
  fragment ListingDetail on Therapist {
    ...ListingSummary
    biography
    photoUrl
    yearsOfExperience
    languages
    gender
    approaches
    fundingOptions
    sessionMinutes
    travelRadiusKm
    user {
      id
      displayName
      email
    }
    privateDetails {
      postcode
      hidden
      reviewRequestedAt
      hcpcVerificationNotes
      hcpcVerifiedBy {
        id
        displayName
      }
      pendingChanges {
        displayName
        hcpcNumber
        conditions
        sessionFormats
        proposedAt
      }
      moderationHistory {
        id
        action
        fromStatus
        toStatus
        reason
        occurredAt
        actor {
          id
          displayName
        }
      }
    }
  }
`);

export const ADMIN_THERAPISTS = graphql(`
  query AdminTherapists($filter: AdminTherapistFilter, $sort: AdminTherapistSort, $offset: Int!, $limit: Int!) {
    adminTherapists(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      total
      items {
        ...ListingSummary
      }
    }
  }
`);

export const THERAPIST = graphql(`
  query AdminTherapist($id: ID!) {
    therapist(id: $id) {
      ...ListingDetail
    }
  }
`);

export const APPROVE = graphql(`
  mutation AdminApproveListing($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {
    approveTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {
      ...ListingDetail
    }
  }
`);

export const REQUEST_CHANGES = graphql(`
  mutation AdminRequestListingChanges($id: ID!, $expectedVersion: Int!, $message: String!) {
    requestTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, message: $message) {
      ...ListingDetail
    }
  }
`);

export const REJECT = graphql(`
  mutation AdminRejectListing($id: ID!, $expectedVersion: Int!, $reason: String!) {
    rejectTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...ListingDetail
    }
  }
`);

export const SUSPEND = graphql(`
  mutation AdminSuspendListing($id: ID!, $expectedVersion: Int!, $reason: String!) {
    suspendTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...ListingDetail
    }
  }
`);

export const REINSTATE = graphql(`
  mutation AdminReinstateListing($id: ID!, $expectedVersion: Int!, $reason: String!) {
    reinstateTherapistListing(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...ListingDetail
    }
  }
`);

export const APPROVE_CHANGES = graphql(`
  mutation AdminApproveListingChanges($id: ID!, $expectedVersion: Int!, $note: String, $hcpcRegisterExpiresOn: LocalDate) {
    approveTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, note: $note, hcpcRegisterExpiresOn: $hcpcRegisterExpiresOn) {
      ...ListingDetail
    }
  }
`);

export const DECLINE_CHANGES = graphql(`
  mutation AdminDeclineListingChanges($id: ID!, $expectedVersion: Int!, $reason: String!) {
    declineTherapistListingChanges(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...ListingDetail
    }
  }
`);

export const VERIFY_HCPC = graphql(`
  mutation AdminVerifyHcpc($id: ID!, $expectedVersion: Int!, $registerExpiresOn: LocalDate!, $notes: String) {
    verifyTherapistHcpcRegistration(id: $id, expectedVersion: $expectedVersion, registerExpiresOn: $registerExpiresOn, notes: $notes) {
      ...ListingDetail
    }
  }
`);

export const MARK_HCPC_LAPSED = graphql(`
  mutation AdminMarkHcpcLapsed($id: ID!, $expectedVersion: Int!, $notes: String) {
    markTherapistHcpcLapsed(id: $id, expectedVersion: $expectedVersion, notes: $notes) {
      ...ListingDetail
    }
  }
`);

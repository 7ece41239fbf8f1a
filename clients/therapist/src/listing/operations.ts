import { graphql } from '../gql';

// The therapist's own listing: every field the graph has, its private part (postcode, pending
// changes, moderation history) and the owner's mutations. Every mutation answers the whole listing,
// so the cache (and the screen) shows what the server now holds.

export const LISTING_FIELDS = graphql(`
  fragment OwnListing on Therapist {
    id
    displayName
    headline
    biography
    photoUrl
    yearsOfExperience
    languages
    gender
    hcpcNumber
    conditions
    approaches
    sessionFormats
    fundingOptions
    fee {
      amountPence
      currency
    }
    sessionMinutes
    travelRadiusKm
    city
    outwardCode
    status
    listed
    publishedAt
    createdAt
    updatedAt
    version
    hcpcVerification {
      status
      verifiedAt
      registerExpiresOn
    }
    privateDetails {
      postcode
      hidden
      reviewRequestedAt
      hcpcVerificationNotes
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
          role
        }
      }
    }
  }
`);

export const MY_LISTING = graphql(`
  query TherapistOwnListing {
    me {
      id
      displayName
      emailVerified
      therapistProfile {
        ...OwnListing
      }
    }
  }
`);

export const CREATE_LISTING = graphql(`
  mutation TherapistCreateListing($input: CreateTherapistListingInput!) {
    createTherapistListing(input: $input) {
      ...OwnListing
    }
  }
`);

export const UPDATE_LISTING = graphql(`
  mutation TherapistUpdateListing($id: ID!, $expectedVersion: Int!, $input: UpdateTherapistListingInput!) {
    updateTherapistListing(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...OwnListing
    }
  }
`);

export const SUBMIT_LISTING = graphql(`
  mutation TherapistSubmitListing($id: ID!, $expectedVersion: Int!, $note: String) {
    submitTherapistListing(id: $id, expectedVersion: $expectedVersion, note: $note) {
      ...OwnListing
    }
  }
`);

export const HIDE_LISTING = graphql(`
  mutation TherapistHideListing($id: ID!, $expectedVersion: Int!) {
    hideTherapistListing(id: $id, expectedVersion: $expectedVersion) {
      ...OwnListing
    }
  }
`);

export const UNHIDE_LISTING = graphql(`
  mutation TherapistUnhideListing($id: ID!, $expectedVersion: Int!) {
    unhideTherapistListing(id: $id, expectedVersion: $expectedVersion) {
      ...OwnListing
    }
  }
`);

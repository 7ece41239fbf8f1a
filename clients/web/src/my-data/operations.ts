import { graphql } from '../gql';

export const MY_ACCOUNT = graphql(`
  query MyAccount {
    me {
      id
      displayName
      email
      emailVerified
      hasHealthDataConsent
      consents {
        kind
        given
        upToDate
        version
        currentVersion
        changedAt
      }
    }
  }
`);

export const ACCEPT_CONSENTS = graphql(`
  mutation AcceptConsents($input: [ConsentAcceptanceInput!]!) {
    acceptConsents(input: $input) {
      id
      hasHealthDataConsent
      consents {
        kind
        given
        upToDate
        version
        currentVersion
        changedAt
      }
    }
  }
`);

export const EXPORT_MY_DATA = graphql(`
  query ExportMyData {
    exportMyData {
      userId
      generatedAt
      account
      therapistListing
      bookings
      waitlist
      carePlans
    }
  }
`);

export const DELETE_MY_ACCOUNT = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input) {
      deletedRecords
      retainedRecords
      clinicalRecordsRetainedUntil
    }
  }
`);

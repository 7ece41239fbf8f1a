import { graphql } from '../gql';

// The account operations only this app has (consent documents, e-mail verification).
// Signing up, in and out and resetting a password are the kit's (@caregraph/client-kit/operations).

export const CONSENT_DOCUMENTS = graphql(`
  query ConsentDocuments {
    consentDocuments {
      kind
      version
      title
      url
    }
  }
`);

export const VERIFY_EMAIL = graphql(`
  mutation WebVerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);


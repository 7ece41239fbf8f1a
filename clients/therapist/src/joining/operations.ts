import { graphql } from '../gql';

// The account operations of joining: the consent documents to agree to, and confirming the e-mail
// address. Signing up itself is the kit's operation (SessionManager.signUp).

export const JOIN_CONSENT_DOCUMENTS = graphql(`
  query TherapistConsentDocuments {
    consentDocuments {
      kind
      version
      title
      url
    }
  }
`);

export const VERIFY_EMAIL = graphql(`
  mutation TherapistVerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`);

export const REQUEST_EMAIL_VERIFICATION = graphql(`
  mutation TherapistRequestEmailVerification {
    requestEmailVerification
  }
`);

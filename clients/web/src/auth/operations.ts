import { graphql } from '../gql';

// The account operations only this app has (consent documents, e-mail verification, password reset).
// Signing up, in and out are the kit's (@caregraph/client-kit).

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

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation WebRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation WebResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

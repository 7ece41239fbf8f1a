import { graphql } from '../gql';

// Resetting a forgotten password: the link in the reset e-mail (THERAPIST_APP_BASE_URL/reset-password)
// and the page that asks for it (/forgotten-password, also linked from the password-changed notice).

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation TherapistRequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation TherapistResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

import { graphql } from '../gql';

// Signing up, in and out on accounts, and the two-step verification steps, through the gateway. Every
// app sends these same documents: an app with trusted documents lists this file in its manifest.

export const SESSION_USER = graphql(`
  fragment SessionUser on User {
    id
    displayName
    email
    role
  }
`);

export const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      mfaRequired
      mfaEnrolmentRequired
      mfaToken
      user {
        ...SessionUser
      }
    }
  }
`);

export const COMPLETE_MFA_LOGIN = graphql(`
  mutation CompleteMfaLogin($mfaToken: String!, $code: String!) {
    completeMfaLogin(mfaToken: $mfaToken, code: $code) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const START_MFA_ENROLMENT = graphql(`
  mutation StartMfaEnrolment($mfaToken: String!) {
    startMfaEnrolment(mfaToken: $mfaToken) {
      secret
      otpauthUri
    }
  }
`);

export const CONFIRM_MFA_ENROLMENT = graphql(`
  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {
    confirmMfaEnrolment(input: $input) {
      recoveryCodes
      session {
        accessToken
        accessTokenExpiresAt
        refreshToken
        refreshTokenExpiresAt
        user {
          ...SessionUser
        }
      }
    }
  }
`);

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input)
  }
`);

// Resetting a forgotten password: the page that asks for the link, and the page the e-mailed link opens.
// Both apps send these same documents signed out.

export const REQUEST_PASSWORD_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

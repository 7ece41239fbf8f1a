import { graphql } from '../gql';

// Signing up, in and out on accounts, through the gateway.

export const SESSION_USER = graphql(`
  fragment SessionUser on User {
    id
    displayName
    email
    role
  }
`);

export const LOGIN = graphql(`
  mutation WebLogin($input: LoginInput!) {
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
  mutation WebCompleteMfaLogin($mfaToken: String!, $code: String!) {
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

export const REFRESH_SESSION = graphql(`
  mutation WebRefreshSession($refreshToken: String!) {
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
  mutation WebLogout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

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

export const SIGN_UP = graphql(`
  mutation WebSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      id
      displayName
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

import { graphql } from '../gql';

// Sign-in operations on accounts, through the gateway.

export const SESSION_FIELDS = graphql(`
  fragment SessionUser on User {
    id
    displayName
    email
    role
  }
`);

export const LOGIN = graphql(`
  mutation AdminLogin($input: LoginInput!) {
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

export const REFRESH_SESSION = graphql(`
  mutation AdminRefreshSession($refreshToken: String!) {
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
  mutation AdminLogout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const ME = graphql(`
  query AdminMe {
    me {
      ...SessionUser
    }
  }
`);

export const START_MFA_ENROLMENT = graphql(`
  mutation AdminStartMfaEnrolment($mfaToken: String!) {
    startMfaEnrolment(mfaToken: $mfaToken) {
      secret
      otpauthUri
    }
  }
`);

export const CONFIRM_MFA_ENROLMENT = graphql(`
  mutation AdminConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {
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

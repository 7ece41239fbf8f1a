import { gql, type TypedDocumentNode } from '@apollo/client';

/** What `completeMfaLogin` answers: the same session as `refreshSession`. */
export type CompleteMfaLoginResult = {
  completeMfaLogin: {
    accessToken: string;
    accessTokenExpiresAt: string;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    user: { id: string; displayName: string; email: string | null; role: 'CLIENT' | 'THERAPIST' | 'ADMIN' };
  } | null;
};

/**
 * The TOTP step of signing in. Written with `gql` rather than the generated `graphql()` because the
 * mutation is new in accounts: codegen validates this document against the supergraph as soon as
 * the supergraph has it (codegen.ts), and until then the build leaves it out.
 */
export const COMPLETE_MFA_LOGIN: TypedDocumentNode<CompleteMfaLoginResult, { mfaToken: string; code: string }> = gql`
  mutation AdminCompleteMfaLogin($mfaToken: String!, $code: String!) {
    completeMfaLogin(mfaToken: $mfaToken, code: $code) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      user {
        id
        displayName
        email
        role
      }
    }
  }
`;

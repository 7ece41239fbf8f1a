/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaEnrolmentRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation CompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.CompleteMfaLoginDocument,
    "\n  mutation StartMfaEnrolment($mfaToken: String!) {\n    startMfaEnrolment(mfaToken: $mfaToken) {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        refreshTokenExpiresAt\n        user {\n          ...SessionUser\n        }\n      }\n    }\n  }\n": typeof types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.SignUpDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n": types.SessionUserFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaEnrolmentRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation CompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.CompleteMfaLoginDocument,
    "\n  mutation StartMfaEnrolment($mfaToken: String!) {\n    startMfaEnrolment(mfaToken: $mfaToken) {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        refreshTokenExpiresAt\n        user {\n          ...SessionUser\n        }\n      }\n    }\n  }\n": types.ConfirmMfaEnrolmentDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.SignUpDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    displayName\n    email\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaEnrolmentRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      mfaRequired\n      mfaEnrolmentRequired\n      mfaToken\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteMfaLogin($mfaToken: String!, $code: String!) {\n    completeMfaLogin(mfaToken: $mfaToken, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMfaEnrolment($mfaToken: String!) {\n    startMfaEnrolment(mfaToken: $mfaToken) {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartMfaEnrolment($mfaToken: String!) {\n    startMfaEnrolment(mfaToken: $mfaToken) {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        refreshTokenExpiresAt\n        user {\n          ...SessionUser\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmMfaEnrolment($input: ConfirmMfaEnrolmentInput!) {\n    confirmMfaEnrolment(input: $input) {\n      recoveryCodes\n      session {\n        accessToken\n        accessTokenExpiresAt\n        refreshToken\n        refreshTokenExpiresAt\n        user {\n          ...SessionUser\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
// The browser apps' shared kit (README.md): what every Caregraph app needs to sign people in, keep
// their session fresh, talk to the gateway and read its errors. The codegen preset is
// `@caregraph/client-kit/codegen` (node only) and the enum labels `@caregraph/client-kit/labels`.
export { SessionStore, type SessionStorage, type StoredSession } from './session/session-store';
export { REFRESH_MARGIN_MS, SessionManager, SIGNED_UP_ADDRESS_TAKEN, type AuthStep, type MfaEnrolment, type SessionManagerOptions, type SignUpDetails } from './session/session-manager';
export { AuthError, MfaEnrolmentRequiredError, MfaRequiredError } from './session/sign-in-errors';
export { ANONYMOUS, createApolloClient, type AccessTokenSource, type ApolloClientOptions } from './graphql/client';
export { graphErrorsOf, isUnanswered, type FriendlyError, type GraphError, type ReadOptions } from './graphql/errors';

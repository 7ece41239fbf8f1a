// The browser apps' shared kit (README.md): what every Caregraph app needs to sign people in, keep
// their session fresh, talk to the gateway (trying again when it is overloaded) and read its errors.
// The codegen preset is `@caregraph/client-kit/codegen` (node only), the enum labels
// `@caregraph/client-kit/labels`, and the busy notice with its provider `@caregraph/client-kit/busy`.
export { SessionStore, type SessionStorage, type StoredSession } from './session/session-store';
export { REFRESH_MARGIN_MS, SessionManager, SIGNED_UP_ADDRESS_TAKEN, type AuthStep, type MfaEnrolment, type SessionManagerOptions, type SignUpDetails } from './session/session-manager';
export { AuthError, MfaEnrolmentRequiredError, MfaRequiredError } from './session/sign-in-errors';
export { ANONYMOUS, createApolloClient, type AccessTokenSource, type ApolloClientOptions } from './graphql/client';
export { persistedQueryIds, type ManifestIds } from './graphql/persisted-ids';
export { graphErrorsOf, isUnanswered, type FriendlyError, type GraphError, type ReadOptions } from './graphql/errors';
export { BusyStore, type BusySnapshot } from './overload/busy-store';
export { OVERLOADED, OverloadRetryLink, type OverloadRetryOptions } from './overload/overload-retry-link';
export { DEFAULT_OVERLOAD_RETRY_POLICY, overloadRetryDelay, overloadRetryPolicy, parseRetryAfter, type OverloadRetryPolicy } from './overload/retry-policy';

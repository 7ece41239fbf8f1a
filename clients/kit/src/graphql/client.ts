import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type ApolloCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import type { BusyStore } from '../overload/busy-store';
import { OverloadRetryLink } from '../overload/overload-retry-link';
import type { OverloadRetryPolicy } from '../overload/retry-policy';

/** Supplies the bearer token for a request, refreshing the session first when it is about to expire. */
export type AccessTokenSource = () => Promise<string | undefined>;

/** Operations sent with `context: ANONYMOUS` carry no token (sign-in, refresh, sign-out, sign-up). */
export const ANONYMOUS = { anonymous: true } as const;

export interface ApolloClientOptions {
  /** The gateway's GraphQL endpoint, absolute or relative to the page (`/graphql` behind the app's own server). */
  gatewayUrl: string;
  /** Where the bearer token comes from (the session manager's `accessToken`); none means every request is anonymous. */
  accessToken?: AccessTokenSource;
  /** fetch to use (tests in node pass the global one). */
  fetch?: typeof fetch;
  /**
   * Called when the gateway refuses the access token a request carried (HTTP 401: revoked, the account
   * locked or deleted elsewhere): the session is over, and the app should ask the person to sign in.
   */
  onSessionRefused?: () => void;
  /** Links between adding the token and sending over HTTP, e.g. persisted queries. */
  links?: ApolloLink[];
  /** The app's cache and its policies; a plain InMemoryCache by default. */
  cache?: ApolloCache;
  /** The app's fetch policies. */
  defaultOptions?: ApolloClient.DefaultOptions;
  /** Where waits after an OVERLOADED refusal are recorded, for the app's busy notice (BusyNotice). */
  busy?: BusyStore;
  /** Changes to how patiently an OVERLOADED refusal is retried (DEFAULT_OVERLOAD_RETRY_POLICY). */
  overloadRetry?: Partial<OverloadRetryPolicy>;
  /** Rendering on the server: every query is fetched once, never polled or refetched. */
  ssrMode?: boolean;
  /**
   * Hydrating a page rendered on the server: for this long, queries answer from the cache the server
   * filled instead of refetching, so the first render in the browser draws exactly what the server drew.
   * A mutation ends it at once: what it changed, and the lists refetched after it, come from the graph.
   */
  ssrForceFetchDelay?: number;
}

/**
 * An app's only way to the platform: an Apollo client on the gateway that adds the bearer token to
 * every operation not sent with `context: ANONYMOUS`, and sends an operation again after the gateway
 * refused it as OVERLOADED (a fresh token each try). The app chooses the cache and fetch policies.
 */
export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const auth = new SetContextLink(async (context) => {
    if (context.anonymous || !options.accessToken) return {};
    const token = await options.accessToken();
    return token ? { headers: { ...context.headers, authorization: `Bearer ${token}` } } : {};
  });
  const http = new HttpLink({ uri: options.gatewayUrl, fetch: options.fetch ?? ((...args) => fetch(...args)) });
  const retry = new OverloadRetryLink({ busy: options.busy, policy: options.overloadRetry });
  const links: ApolloLink[] = [retry, auth, ...(options.links ?? []), http];
  let client: ApolloClient | undefined;
  if (options.ssrForceFetchDelay) {
    // Within the hydration window Apollo answers even a refetch from the cache: a person who left a
    // waitlist in their first second on a server-rendered page went on seeing the entry they had left.
    links.unshift(
      new ApolloLink((operation, forward) => {
        if (operation.operationType === OperationTypeNode.MUTATION && client) client.prioritizeCacheValues = false;
        return forward(operation);
      }),
    );
  }
  if (options.onSessionRefused) {
    const onSessionRefused = options.onSessionRefused;
    links.unshift(
      new ErrorLink(({ error, operation }) => {
        const carriedToken = Boolean((operation.getContext().headers as Record<string, string> | undefined)?.authorization);
        if (carriedToken && ServerError.is(error) && error.statusCode === 401) onSessionRefused();
      }),
    );
  }
  client = new ApolloClient({
    link: ApolloLink.from(links),
    cache: options.cache ?? new InMemoryCache(),
    defaultOptions: options.defaultOptions,
    ssrMode: options.ssrMode,
    ssrForceFetchDelay: options.ssrForceFetchDelay,
  });
  return client;
}

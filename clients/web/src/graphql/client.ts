import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { createCache } from './cache';

/** Supplies the bearer token for a request, refreshing the session first when it is about to expire. */
export type AccessTokenSource = () => Promise<string | undefined>;

/** Operations sent with `context: ANONYMOUS` carry no token (sign-in, refresh, sign-out, sign-up). */
export const ANONYMOUS = { anonymous: true } as const;

export interface WebClientOptions {
  /** The gateway's GraphQL endpoint, absolute or relative to the page (`/graphql` behind the app's own server). */
  gatewayUrl: string;
  /** Where the bearer token comes from; none means every request is anonymous. */
  accessToken?: AccessTokenSource;
  /** fetch to use (tests in node pass the global one). */
  fetch?: typeof fetch;
}

/**
 * The app's only way to the platform: an Apollo client on the gateway, with the cache policies of
 * ./cache.ts. Lists and profiles are served from the cache and refreshed in the background
 * (cache-and-network); anything a person changes is a mutation whose answer updates the cache.
 */
export function createWebClient(options: WebClientOptions): ApolloClient {
  const auth = new SetContextLink(async (context) => {
    if (context.anonymous || !options.accessToken) return {};
    const token = await options.accessToken();
    return token ? { headers: { ...context.headers, authorization: `Bearer ${token}` } } : {};
  });
  const http = new HttpLink({ uri: options.gatewayUrl, fetch: options.fetch ?? ((...args) => fetch(...args)) });
  return new ApolloClient({
    link: ApolloLink.from([auth, http]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}

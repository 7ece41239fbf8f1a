import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createCache } from './cache';
import { persistedQueryIds } from './persisted-ids';

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
  /**
   * Called when the gateway refuses the access token a request carried (HTTP 401: revoked, the account
   * locked or deleted elsewhere): the session is over, and the app should ask the person to sign in.
   */
  onSessionRefused?: () => void;
}

/**
 * Operations go by the id the build gave them (src/gql/persisted-query-manifest.json, the sha256 of
 * their exact text): an ordinary gateway answers PERSISTED_QUERY_NOT_FOUND the first time and the link
 * sends the text once (automatic persisted queries); a gateway in trusted-documents mode started with
 * this manifest knows every id and accepts nothing else (ADR 011, ADR 016).
 */
function persistedQueries(): PersistedQueryLink {
  return new PersistedQueryLink({ generateHash: persistedQueryIds(() => import('../gql/persisted-query-manifest.json').then((m) => m.default)) });
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
  const refused = new ErrorLink(({ error, operation }) => {
    const carriedToken = Boolean((operation.getContext().headers as Record<string, string> | undefined)?.authorization);
    if (carriedToken && ServerError.is(error) && error.statusCode === 401) options.onSessionRefused?.();
  });
  const http = new HttpLink({ uri: options.gatewayUrl, fetch: options.fetch ?? ((...args) => fetch(...args)) });
  return new ApolloClient({
    link: ApolloLink.from([refused, auth, persistedQueries(), http]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}

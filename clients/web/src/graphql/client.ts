import { ApolloClient } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createApolloClient, persistedQueryIds, type ApolloClientOptions } from '@caregraph/client-kit';
import { createCache } from './cache';

export type WebClientOptions = Pick<ApolloClientOptions, 'gatewayUrl' | 'accessToken' | 'fetch' | 'onSessionRefused' | 'busy' | 'ssrMode' | 'ssrForceFetchDelay'>;

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
 * The app's only way to the platform: the kit's Apollo client on the gateway, with persisted queries
 * and the cache policies of ./cache.ts. Lists and profiles are served from the cache and refreshed in
 * the background (cache-and-network); anything a person changes is a mutation whose answer updates the cache.
 */
export function createWebClient(options: WebClientOptions): ApolloClient {
  return createApolloClient({
    ...options,
    links: [persistedQueries()],
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}

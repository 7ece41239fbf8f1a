import { ApolloClient, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createApolloClient, persistedQueryIds, type ApolloClientOptions } from '@caregraph/client-kit';
import { typePolicies } from './cache';

export type TherapistClientOptions = Pick<ApolloClientOptions, 'gatewayUrl' | 'accessToken' | 'fetch' | 'onSessionRefused' | 'busy'>;

/** Operations go by the id the build gave them (src/gql/persisted-query-manifest.json; ADR 011, ADR 016). */
function persistedQueries(): PersistedQueryLink {
  return new PersistedQueryLink({ generateHash: persistedQueryIds(() => import('../gql/persisted-query-manifest.json').then((m) => m.default)) });
}

/**
 * The workspace's only way to the platform: the kit's Apollo client on the gateway with persisted
 * queries. Screens show the cache at once and refresh it (cache-and-network): a therapist's day changes
 * under them (new requests, new check-ins), so a screen opened again asks again.
 */
export function createTherapistClient(options: TherapistClientOptions): ApolloClient {
  return createApolloClient({
    ...options,
    links: [persistedQueries()],
    cache: new InMemoryCache({ typePolicies }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}

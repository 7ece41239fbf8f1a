import { ApolloClient, InMemoryCache } from '@apollo/client';
import { createApolloClient, type ApolloClientOptions } from '@caregraph/client-kit';

export type GraphClientOptions = Pick<ApolloClientOptions, 'gatewayUrl' | 'accessToken' | 'fetch' | 'busy'>;

/**
 * The dashboard's only way to the platform: the kit's Apollo client on the gateway. No cache reuse
 * across screens (moderation needs the current version of a listing), so every query goes to the network.
 */
export function createGraphClient(options: GraphClientOptions): ApolloClient {
  return createApolloClient({
    ...options,
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'network-only' },
      watchQuery: { fetchPolicy: 'network-only' },
      mutate: { fetchPolicy: 'no-cache' },
    },
  });
}

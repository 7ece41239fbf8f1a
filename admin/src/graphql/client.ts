import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

/** Supplies the bearer token for a request, refreshing the session first when it is about to expire. */
export type AccessTokenSource = () => Promise<string | undefined>;

/** Operations sent with `context: { anonymous: true }` carry no token (sign-in, refresh, sign-out). */
export const ANONYMOUS = { anonymous: true } as const;

export interface GraphClientOptions {
  /** The gateway's GraphQL endpoint, absolute or relative to the page (`/graphql` behind a proxy). */
  gatewayUrl: string;
  /** Where the bearer token comes from; none means every request is anonymous. */
  accessToken?: AccessTokenSource;
  /** fetch to use (tests in node pass the global one). */
  fetch?: typeof fetch;
}

/**
 * The dashboard's only way to the platform: an Apollo client on the gateway. No cache reuse across
 * screens (moderation needs the current version of a listing), so every query goes to the network.
 */
export function createGraphClient(options: GraphClientOptions): ApolloClient {
  const auth = new SetContextLink(async (context) => {
    if (context.anonymous || !options.accessToken) return {};
    const token = await options.accessToken();
    return token ? { headers: { ...context.headers, authorization: `Bearer ${token}` } } : {};
  });
  const http = new HttpLink({ uri: options.gatewayUrl, fetch: options.fetch ?? ((...args) => fetch(...args)) });
  return new ApolloClient({
    link: ApolloLink.from([auth, http]),
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'network-only' },
      watchQuery: { fetchPolicy: 'network-only' },
      mutate: { fetchPolicy: 'no-cache' },
    },
  });
}

// Hive Gateway, bench only: the same trust chain as the Caregraph gateway (docs/adr/005). A small
// plugin verifies the caller's access token once per request with the gateway's own verifier and
// signs each subgraph fetch's internal token with the runtime's signer, so the subgraphs accept
// Hive's requests exactly as they accept the Caregraph gateway's, and both gateways do that work.
import { defineConfig } from '@graphql-hive/gateway';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createInternalTokenSigner, reusingInternalTokens = (signer) => signer } = require('@caregraph/kernel');
const { createUserTokenVerifier } = require('@caregraph/gateway/user-token');

// The same token strategy as the Caregraph gateway (docs/adr/017): one token per subgraph and caller for a few seconds.
const signer = reusingInternalTokens(await createInternalTokenSigner(process.env.BENCH_INTERNAL_TOKEN_PRIVATE_KEY));
const verifier = createUserTokenVerifier(process.env.BENCH_ACCOUNTS_JWKS_URL);
/** Subgraph name by URL: the token's audience. */
const subgraphByUrl = new Map(Object.entries(JSON.parse(process.env.BENCH_SUBGRAPH_URLS)).map(([name, url]) => [url, name]));
/** One caller and request id per client request, shared by all of its subgraph fetches. */
const identities = new WeakMap();

function identityOf(context) {
  let identity = identities.get(context);
  if (!identity) {
    const authorization = context.request?.headers.get('authorization') ?? undefined;
    identity = verifier.callerOf(authorization).then((caller) => ({ caller, requestId: randomUUID() }));
    identities.set(context, identity);
  }
  return identity;
}

const internalTokenPlugin = {
  async onFetch({ url, options, setOptions, context }) {
    const audience = subgraphByUrl.get(url);
    if (!audience || !context?.request) return;
    const { caller, requestId } = await identityOf(context);
    const token = await signer.sign(audience, caller, requestId, null, 0);
    setOptions({ ...options, headers: { ...options.headers, authorization: `Bearer ${token}`, 'x-request-id': requestId } });
  },
};

export const gatewayConfig = defineConfig({
  plugins: () => [internalTokenPlugin],
  // Hive folds identical subgraph requests in flight into one by default, keyed before this plugin adds
  // the caller's token: with per-user data behind identical bodies (`me { … }`) that would share one
  // user's answer with another, and it is a cache in all but name. Off, as the Caregraph gateway has none.
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  // Like the Caregraph gateway in production: no GraphiQL, no introspection-driven extras.
  graphiql: false,
  landingPage: false,
  logging: 'warn',
});

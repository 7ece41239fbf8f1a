import { SYSTEM_USER_ID } from '@caregraph/kernel';
import { signAccessToken } from '../auth/access-token';
import type { AccountsServices } from '../services';

/** How long accounts waits for the rest of the platform when acting through the graph. */
const GRAPH_TIMEOUT_MS = 10_000;
/** A SYSTEM token lives just long enough for one call. */
const SYSTEM_TOKEN_TTL_SECONDS = 60;

/** Raised when an operation sent through the graph did not fully succeed. */
export class GraphCallError extends Error {}

/**
 * The gateway's relay to one subgraph for the platform's own operations, which the public graph leaves out
 * (`@inaccessible`, docs/adr/006): `/system/<subgraph>/graphql` beside the gateway's `/graphql`.
 */
export function systemRelayUrl(gatewayUrl: string, subgraph: string): string {
  const url = new URL(gatewayUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '')}/system/${subgraph}/graphql`;
  return url.toString();
}

/**
 * Sends one operation through the gateway as the platform itself (to `subgraph` through the SYSTEM relay when
 * named, for fields outside the public graph) (role SYSTEM), with a
 * short-lived access token only accounts can mint. Resolves with `data` when the whole
 * operation succeeded; anything less is a GraphCallError.
 */
export async function callGraphAsSystem<T>(services: AccountsServices, query: string, variables: Record<string, unknown>, subgraph?: string): Promise<T> {
  const { token } = await signAccessToken(services.signingKeys, { id: SYSTEM_USER_ID, role: 'SYSTEM' }, SYSTEM_TOKEN_TTL_SECONDS);
  let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    const response = await fetch(subgraph ? systemRelayUrl(services.config.gatewayUrl, subgraph) : services.config.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(GRAPH_TIMEOUT_MS),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new GraphCallError(`the gateway could not be reached (${(error as Error).name})`);
  }
  if (body.errors?.length || !body.data) {
    const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN'))].join(', ');
    throw new GraphCallError(`the graph answered with errors (${codes || 'no data'})`);
  }
  return body.data;
}

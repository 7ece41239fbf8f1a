import { randomUUID } from 'node:crypto';
import { SYSTEM_USER_ID, reusingInternalTokens, type InternalTokenSigner } from '@caregraph/kernel';
import type { SourceName } from '../config';

/** How long the worker waits for a subgraph's system route. */
const SYSTEM_ROUTE_TIMEOUT_MS = 10_000;

/** Raised when a system route does not answer 200: the job fails and is tried again later. */
export class SystemRouteError extends Error {}

/** Calls the subgraphs' system routes as the platform itself (role SYSTEM), never as a person. */
export interface SystemRoutes {
  post<T>(subgraph: SourceName, path: string, body: unknown): Promise<T>;
}

/**
 * POSTs JSON to `<subgraph base>/<path>` with an internal token for that subgraph whose caller is SYSTEM
 * (docs/adr/022). Errors name the subgraph and the status, never the body (it may hold addresses).
 */
export function createSystemRoutes(subgraphUrls: Record<SourceName, string>, signer: InternalTokenSigner): SystemRoutes {
  const tokens = reusingInternalTokens(signer);
  return {
    async post<T>(subgraph: SourceName, path: string, body: unknown): Promise<T> {
      const base = subgraphUrls[subgraph].replace(/\/graphql$/, '');
      const token = await tokens.sign(subgraph, { userId: SYSTEM_USER_ID, roles: ['SYSTEM'] }, '');
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': randomUUID() },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(SYSTEM_ROUTE_TIMEOUT_MS),
        });
      } catch (error) {
        throw new SystemRouteError(`${subgraph} ${path} did not answer (${(error as Error).name})`);
      }
      if (response.status !== 200) throw new SystemRouteError(`${subgraph} ${path} answered ${response.status}`);
      return (await response.json()) as T;
    },
  };
}

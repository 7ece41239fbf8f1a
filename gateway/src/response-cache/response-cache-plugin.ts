import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { DELEGATION_HEADER, principalIdOf } from '@caregraph/kernel';
import { createHash } from 'node:crypto';
import type { GatewayContext } from '../context';
import type { CachePolicies } from './cache-policy';
import type { ResponseCacheStore } from './store';

/** Tells clients (and the bench) whether the answer came from the cache. */
export const CACHE_STATUS_HEADER = 'x-caregraph-cache';

/** What became of one request: served from the cache, fetched and stored, or not cacheable. */
export type CacheOutcome = 'hit' | 'miss' | 'bypass';

/** JSON with object keys in order, so the same variables always make the same key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The shared cache of anonymous reads (docs/adr/032). Only a request with no credential at all (no
 * Authorization, no delegation token, an anonymous caller at depth 0) is looked up or stored; a query whose
 * every field the schema hints as public is served from the store for the shortest `maxAge` among them,
 * with `Cache-Control: public, max-age=N`; anything else is answered `no-store`. Answers with errors are
 * never stored. The key is the document's hash, the operation name and the variables.
 */
export function responseCachePlugin(policies: () => CachePolicies, store: ResponseCacheStore, observe: (outcome: CacheOutcome) => void): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const headers = request.http?.headers;
      const anonymous =
        !headers?.get('authorization') && !headers?.get(DELEGATION_HEADER) && principalIdOf(contextValue.caller) === null && contextValue.depth === 0;
      let outcome: CacheOutcome = 'bypass';
      let stored: { key: string; generations: readonly string[]; maxAge: number } | undefined;
      let maxAge = 0;
      return {
        async responseForOperation(rc) {
          if (!anonymous || rc.operation.operation !== 'query' || !rc.queryHash) return null;
          const policy = policies().policyOf(rc.queryHash, rc.document, rc.request.variables);
          if (policy.maxAge <= 0) return null;
          const key = createHash('sha256')
            .update(`${rc.queryHash}\n${rc.operationName ?? ''}\n${stableJson(rc.request.variables ?? {})}`)
            .digest('hex');
          const read = await store.read(key, policy.tags);
          maxAge = policy.maxAge;
          if (read.body !== undefined) {
            outcome = 'hit';
            return { http: rc.response.http, body: { kind: 'single', singleResult: { data: JSON.parse(read.body) as Record<string, unknown> } } };
          }
          outcome = 'miss';
          if (read.generations) stored = { key, generations: read.generations, maxAge: policy.maxAge };
          return null;
        },
        async willSendResponse(rc: GraphQLRequestContextWillSendResponse<GatewayContext>) {
          observe(outcome);
          const http = rc.response.http;
          const body = rc.response.body;
          const clean = body.kind === 'single' && !body.singleResult.errors?.length && body.singleResult.data != null;
          if (outcome !== 'bypass') http.headers.set(CACHE_STATUS_HEADER, outcome);
          // An answer with errors is neither stored nor cacheable downstream.
          if (outcome === 'hit' || (outcome === 'miss' && clean)) http.headers.set('cache-control', `public, max-age=${maxAge}`);
          else http.headers.set('cache-control', anonymous ? 'no-store' : 'private, no-store');
          if (stored && clean && body.kind === 'single') await store.write(stored.key, JSON.stringify(body.singleResult.data), stored.generations, stored.maxAge);
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { PURGE_HEADER } from '@caregraph/kernel';
import type { SubgraphContext } from '../context';

const purges = new WeakMap<SubgraphContext, Set<string>>();

/**
 * Asks the gateway to purge its cached public reads with these tags (`listingChangeTags`,
 * `scheduleChangeTags` of @caregraph/kernel; docs/adr/032). Call it once the change is committed: the
 * tags travel in a header of this request's answer, and the gateway purges them before its client hears.
 */
export function purgePublicReads(ctx: SubgraphContext, tags: readonly string[]): void {
  let pending = purges.get(ctx);
  if (!pending) purges.set(ctx, (pending = new Set()));
  for (const tag of tags) pending.add(tag);
}

/** Writes the tags a request asked to purge into its answer's header. */
export function publicReadPurgePlugin(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const tags = purges.get(contextValue);
          if (tags?.size) response.http.headers.set(PURGE_HEADER, [...tags].join(' '));
        },
      };
    },
  };
}

import type { ApolloCache, Reference } from '@apollo/client';
import { graphql } from '../gql';

const NEW_LOG = graphql(`
  fragment NewActivityLog on ActivityLog {
    id
    doneAt
    mood
  }
`);

/**
 * Adds a new log to every cached window of an activity's logs (`logs(last: n)`, one entry per `n`,
 * newest first as the graph lists them), keeping the latest `n`: the activity's count updates from
 * the mutation's answer alone.
 */
export function appendActivityLog(cache: ApolloCache, activityId: string, log: { id: string; doneAt: string; mood: number | null }): void {
  // __typename is not in the generated type, but the cache needs it to store the log as an entity.
  const ref = cache.writeFragment({ fragment: NEW_LOG, data: { __typename: 'ActivityLog', ...log } as never });
  if (!ref) return;
  cache.modify({
    id: cache.identify({ __typename: 'Activity', id: activityId }),
    fields: {
      logs(existing: readonly Reference[] = [], { storeFieldName, readField }) {
        if (existing.some((item) => readField('id', item) === log.id)) return existing;
        const last = Number(/"last":(\d+)/.exec(storeFieldName)?.[1] ?? 20);
        return [ref, ...existing].slice(0, last);
      },
    },
  });
}

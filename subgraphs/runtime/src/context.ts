import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller, Logger } from '@caregraph/kernel';
import DataLoader from 'dataloader';
import type { GraphClient } from './graph/graph-client';

/** Everything a resolver gets for one request. */
export interface SubgraphContext {
  /** Request-scoped EntityManager: its own identity map, never shared across requests. */
  em: EntityManager;
  /** Created by the gateway and carried to every log line. */
  requestId: string;
  logger: Logger;
  caller: Caller;
  /** The end user's IP address as the gateway saw it, for per-IP limits; null when unknown. */
  clientIp: string | null;
  /** Asks the rest of the graph, through the gateway, on behalf of this request's caller. */
  graph: GraphClient;
  /**
   * How many subgraph hops away from the client's own request this one is (the internal token's `dep`): 0 for
   * the client's own, 1 or more when another subgraph asks the graph on the caller's behalf (docs/adr/009).
   */
  depth: number;
  /**
   * A DataLoader that lives for this request only, created on first use under `key`;
   * all `load` calls in one tick become one call of `batch`.
   */
  loader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V>;
}

/** For contexts made outside a gateway request (scripts, seeds): asking the graph is not possible there. */
const NO_GRAPH: GraphClient = {
  request: () => Promise.reject(new Error('This context has no gateway request to act for.')),
};

/** Builds a request context around a forked EntityManager. */
export function createContext(options: {
  em: EntityManager;
  requestId: string;
  logger: Logger;
  caller?: Caller;
  clientIp?: string | null;
  graph?: GraphClient;
  depth?: number;
}): SubgraphContext {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return {
    em: options.em.fork(),
    requestId: options.requestId,
    logger: options.logger.child({ requestId: options.requestId }),
    caller: options.caller ?? { userId: null, roles: [] },
    clientIp: options.clientIp ?? null,
    graph: options.graph ?? NO_GRAPH,
    depth: options.depth ?? 0,
    loader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>) {
      let loader = loaders.get(key);
      if (!loader) {
        loader = new DataLoader(batch as (keys: readonly unknown[]) => Promise<ReadonlyArray<unknown>>, {
          maxBatchSize: 1000,
        });
        loaders.set(key, loader);
      }
      return loader as DataLoader<K, V>;
    },
  };
}

/**
 * Orders rows to match `ids` for a DataLoader batch: the row with each id, or null when
 * there is none (or the caller may not see it).
 */
export function byIds<T extends { id: string }>(ids: readonly string[], rows: T[]): Array<T | null> {
  const found = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** Groups rows by a foreign key to match `keys` for a one-to-many DataLoader batch. */
export function groupedByKey<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

import type { DocumentNode, GraphQLSchema } from 'graphql';
import { setBounded } from '../bounded-map';
import { DEFAULT_COST_MODEL, estimateOperationCost, type CostModel } from './query-cost';

/** How many sets of variables one parsed document keeps costs for; the oldest is forgotten first. */
const ENTRIES_PER_DOCUMENT = 64;

/** Longer keys (large variables) are not kept: the estimate is made again for each such request. */
const MAX_KEY_LENGTH = 2048;

/**
 * What of a request's variables its cost can depend on: every variable as it is, except that a list
 * given as a whole variable counts by its length. The estimate reads such a list only for its length
 * (a subgraph's `_entities` representations), never its items. Undefined when the key would be too long.
 */
export function costKey(operationName: string | null | undefined, variables: Record<string, unknown> | null | undefined): string | undefined {
  let key = operationName ?? '';
  for (const [name, value] of Object.entries(variables ?? {})) {
    key += `\n${name}=${Array.isArray(value) ? `[${value.length}]` : JSON.stringify(value)}`;
    if (key.length > MAX_KEY_LENGTH) return undefined;
  }
  return key;
}

/**
 * operationCost, remembered per schema, parsed document and costKey. Apollo Server hands every request
 * with the same query text the same parsed document from its document store, so the estimate (walking
 * the operation and coercing its variables) is made once per query and set of variables instead of on
 * every request. Only an estimate whose variables coerced is kept: one that did not was made as if no
 * variable were given, and must not stand for a request whose variables do coerce.
 */
export function createOperationCostCache(model: CostModel = DEFAULT_COST_MODEL) {
  const bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
  return function cachedOperationCost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined,
  ): number {
    const key = costKey(operationName, variables);
    let byDocument = bySchema.get(schema);
    if (!byDocument) bySchema.set(schema, (byDocument = new WeakMap()));
    const known = key === undefined ? undefined : byDocument.get(document)?.get(key);
    if (known !== undefined) return known;
    const { cost, variablesCoerced } = estimateOperationCost(schema, document, { operationName, variables, model });
    if (key !== undefined && variablesCoerced) {
      let costs = byDocument.get(document);
      if (!costs) byDocument.set(document, (costs = new Map()));
      setBounded(costs, key, cost, ENTRIES_PER_DOCUMENT);
    }
    return cost;
  };
}

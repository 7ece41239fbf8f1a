import { envInt } from '../config';
import type { QueryLimits } from './query-limits';

/**
 * A subgraph's own limits: the second line behind the gateway's, looser than it, sized for the
 * operations the gateway's query planner sends (`_entities` adds a level and counts once per
 * representation). Checked against those operations in gateway/src/limits/real-operations.suite.ts.
 */
export const SUBGRAPH_QUERY_LIMITS: QueryLimits = {
  maxDepth: 16,
  maxAliases: 30,
  maxDirectives: 50,
  maxTokens: 4000,
  maxCost: 50_000,
};

/**
 * Reads a subgraph's limits: SUBGRAPH_MAX_DEPTH, SUBGRAPH_MAX_ALIASES, SUBGRAPH_MAX_DIRECTIVES,
 * SUBGRAPH_MAX_TOKENS and SUBGRAPH_MAX_COST, defaulting to SUBGRAPH_QUERY_LIMITS. Raise them with
 * the gateway's GATEWAY_MAX_* variables, or the subgraphs refuse what the gateway lets through.
 */
export function readSubgraphQueryLimits(): QueryLimits {
  return {
    maxDepth: envInt('SUBGRAPH_MAX_DEPTH', SUBGRAPH_QUERY_LIMITS.maxDepth),
    maxAliases: envInt('SUBGRAPH_MAX_ALIASES', SUBGRAPH_QUERY_LIMITS.maxAliases),
    maxDirectives: envInt('SUBGRAPH_MAX_DIRECTIVES', SUBGRAPH_QUERY_LIMITS.maxDirectives),
    maxTokens: envInt('SUBGRAPH_MAX_TOKENS', SUBGRAPH_QUERY_LIMITS.maxTokens),
    maxCost: envInt('SUBGRAPH_MAX_COST', SUBGRAPH_QUERY_LIMITS.maxCost),
  };
}

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { createOperationCostCache } from './operation-cost-cache';
import { DEFAULT_COST_MODEL, type CostModel } from './query-cost';

/** The largest operation a server accepts. Every operation of a document must fit. */
export interface QueryLimits {
  /** Deepest nesting of fields (fragments and inline fragments are not a level of their own). */
  maxDepth: number;
  /** Most aliased fields (aliases of `__typename` are free). */
  maxAliases: number;
  /** Most directives (`@include`, `@skip`, …). */
  maxDirectives: number;
  /** Most lexical tokens in the document: bounds the parser's work before anything else runs. */
  maxTokens: number;
  /** Highest estimated cost, roughly the most objects one operation may return (see operationCost). */
  maxCost: number;
}

/** Which limit an operation broke, as `extensions.limit` of the error. */
export type QueryLimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

/** A refused operation: BAD_USER_INPUT naming the limit, HTTP 400. */
export function queryLimitError(limit: QueryLimitName, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', limit, ...details, http: { status: 400 } } });
}

/** Reports a graphql-armor rejection on the validation context, without armor's "Syntax Error" prefix. */
function reportAs(limit: QueryLimitName) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(queryLimitError(limit, error.message.replace(/^Syntax Error: /, '')));
  };
}

/** graphql-armor's validation rules for depth, aliases and directives at the given limits. */
export function queryLimitRules(limits: Pick<QueryLimits, 'maxDepth' | 'maxAliases' | 'maxDirectives'>): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    // Introspection counts like any other query: it is off in production anyway.
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: false, onReject: [reportAs('depth')] }),
    maxAliasesRule({ ...common, n: limits.maxAliases, onReject: [reportAs('aliases')] }),
    maxDirectivesRule({ ...common, n: limits.maxDirectives, onReject: [reportAs('directives')] }),
  ] as ValidationRule[];
}

/** The cost budget for one request: `maxCost`, and who it applies to, for the error (e.g. "signed-out callers"). */
export interface CostBudget {
  maxCost: number;
  appliesTo?: string;
}

/**
 * Refuses an operation whose estimated cost is above the budget, once its variables are known
 * (so `first: $n` costs what `$n` asks for), before anything is executed or fetched. The budget
 * is `maxCost` for every request, or chosen per request (e.g. lower for anonymous callers). Each
 * estimate is remembered for the same parsed document and variables (createOperationCostCache).
 */
export function queryCostPlugin<TContext extends BaseContext>(
  budget: number | ((context: TContext) => CostBudget),
  model: CostModel = DEFAULT_COST_MODEL,
): ApolloServerPlugin<TContext> {
  const operationCost = createOperationCostCache(model);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          const { maxCost, appliesTo } = typeof budget === 'number' ? { maxCost: budget, appliesTo: undefined } : budget(contextValue);
          const cost = operationCost(schema, document, operationName, request.variables);
          if (cost > maxCost) {
            throw queryLimitError(
              'cost',
              `Query cost limit of ${maxCost}${appliesTo ? ` for ${appliesTo}` : ''} exceeded, found ${cost}. ` +
                'Ask for smaller pages (first, last, limit), shorter time ranges or fewer nested lists.',
              { cost, maxCost },
            );
          }
        },
      };
    },
  };
}

/**
 * Everything Apollo Server needs to apply `limits`: the parser's token limit, the validation
 * rules and the cost plugin. Spread `parseOptions` and `validationRules` into the server's
 * options and add `plugin` to its plugins. `model` sets how lists are sized; `costBudget`
 * chooses the cost limit per request (default: `limits.maxCost` for everyone).
 */
export function apolloQueryLimits<TContext extends BaseContext>(
  limits: QueryLimits,
  options: { model?: CostModel; costBudget?: (context: TContext) => CostBudget } = {},
) {
  const parseOptions: ParseOptions = { maxTokens: limits.maxTokens };
  const plugin = queryCostPlugin<TContext>(options.costBudget ?? limits.maxCost, options.model ?? DEFAULT_COST_MODEL);
  return { parseOptions, validationRules: queryLimitRules(limits), plugin };
}

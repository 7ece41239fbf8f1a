import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { Kind, Lexer, parse, Source, TokenKind, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { DEFAULT_COST_MODEL, operationCost, type CostModel } from './query-cost';
import type { QueryLimits } from './query-limits';

/** How large a document is, by each measure a limit applies to (the largest of its operations). */
export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

/** Counts the lexical tokens of a document as the parser's `maxTokens` does (comments are free). */
export function countTokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/**
 * Measures a document with the same rules the servers enforce (graphql-armor's counters and
 * operationCost), for tests and for choosing limits. Throws when the document does not parse
 * or is not valid against `schema`.
 */
export function measureDocument(
  schema: GraphQLSchema,
  source: string,
  options: { variables?: Record<string, unknown>; model?: CostModel } = {},
): OperationMeasure {
  const document = parse(source);
  const seen = { depth: 0, aliases: 0, directives: 0 };
  const keep = (key: keyof typeof seen) => [(_context: unknown, details: { n: number }) => (seen[key] = Math.max(seen[key], details.n))];
  const unlimited = { n: Number.MAX_SAFE_INTEGER, propagateOnRejection: false } as const;
  const rules = [
    maxDepthRule({ ...unlimited, flattenFragments: true, ignoreIntrospection: false, onAccept: keep('depth') }),
    maxAliasesRule({ ...unlimited, onAccept: keep('aliases') }),
    maxDirectivesRule({ ...unlimited, onAccept: keep('directives') }),
  ] as ValidationRule[];
  const errors = validate(schema, document);
  if (errors.length) throw new Error(`Not a valid operation: ${errors.map((e) => e.message).join('; ')}`);
  validate(schema, document, rules);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  // graphql-js validation does not notice a root type the schema lacks (e.g. no Mutation).
  const missing = operations.find((op) => !schema.getRootType(op.operation));
  if (missing) throw new Error(`Not a valid operation: the schema has no ${missing.operation} type`);
  const cost = Math.max(
    0,
    ...operations.map((op) =>
      operationCost(schema, document, { operationName: op.name?.value, variables: options.variables, model: options.model ?? DEFAULT_COST_MODEL }),
    ),
  );
  return { ...seen, tokens: countTokens(source), cost };
}

/** The limits a measured document breaks, as `name: measured > limit` strings (empty when it fits). */
export function exceededLimits(measure: OperationMeasure, limits: QueryLimits): string[] {
  const pairs: Array<[keyof OperationMeasure, keyof QueryLimits]> = [
    ['depth', 'maxDepth'],
    ['aliases', 'maxAliases'],
    ['directives', 'maxDirectives'],
    ['tokens', 'maxTokens'],
    ['cost', 'maxCost'],
  ];
  return pairs.filter(([m, l]) => measure[m] > limits[l]).map(([m, l]) => `${m}: ${measure[m]} > ${limits[l]}`);
}

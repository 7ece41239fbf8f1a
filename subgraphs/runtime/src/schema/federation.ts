import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { DateTimeScalar } from './scalars';

/** Federation 2 directives the subgraphs may use (`@composeDirective` only where cache hints are given). */
const federationLink = (compose: boolean) =>
  `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"${compose ? ', "@composeDirective"' : ''}])`;

/**
 * Per-field cache hints for the gateway's cache of public reads (docs/adr/032): Apollo's `@cacheControl`,
 * linked and composed into the supergraph (`@composeDirective`), only in subgraphs that use it. A field
 * without a hint (on itself, its type, or for a leaf its parent type) makes an operation uncacheable.
 */
const CACHE_CONTROL_LINK =
  'extend schema @link(url: "https://caregraph.dev/cache-control/v1.0", import: ["@cacheControl"]) @composeDirective(name: "@cacheControl")';
const CACHE_CONTROL_DEFINITIONS = `
  """Who may share a cached answer: anyone (PUBLIC), or only the caller it was made for (PRIVATE)."""
  enum CacheControlScope {
    """Any caller may be given the same answer."""
    PUBLIC
    """Only the caller it was made for."""
    PRIVATE
  }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/** Reference resolvers per entity type name: `{ User: { __resolveReference } }`. */
export type ReferenceResolvers = Record<string, { __resolveReference: (...args: never[]) => unknown }>;

/**
 * Builds a federated subgraph schema from type-graphql resolvers: the type-graphql schema is
 * printed with its directives (`@key` and friends), the entity reference resolvers are merged
 * into its resolver map, and `buildSubgraphSchema` adds `_entities` and `_service`.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    authChecker,
    authMode: 'error',
    ...options,
    skipCheck: true,
  });
  describeRootTypes(schema);
  const resolvers = createResolversMap(schema) as Record<string, object>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...reference };
  }
  const printed = printSchemaWithDirectives(schema);
  const hinted = printed.includes('@cacheControl(');
  return buildSubgraphSchema({
    typeDefs: gql`
      ${federationLink(hinted)}
      ${hinted ? `${CACHE_CONTROL_LINK}\n${CACHE_CONTROL_DEFINITIONS}` : ''}
      ${printed}
    `,
    resolvers: resolvers as never,
  });
}

/**
 * type-graphql cannot describe the root types; every subgraph gives them the same words, so
 * the composed Query and Mutation carry one description (the schema is the integrators' docs).
 */
function describeRootTypes(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = 'Everything you can read from Caregraph. Most fields need a signed-in caller; the directory search does not.';
  if (mutation) mutation.description = 'Everything you can change in Caregraph. Each mutation is all-or-nothing: on an error nothing is written.';
}

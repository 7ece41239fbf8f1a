// The graph as integrators see it: the API schema of the committed supergraph (schema/supergraph.graphql),
// derived the way the gateway derives it (federation's join/link machinery and @inaccessible parts removed).
import { Supergraph } from '@apollo/federation-internals';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** The committed schema files. */
export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');

/** The five subgraphs' SDL files under schema/, by subgraph name. */
export const SUBGRAPH_SDL_FILES = {
  accounts: 'accounts.graphql',
  therapists: 'therapists.graphql',
  bookings: 'bookings.graphql',
  'care-plans': 'care-plans.graphql',
  notifications: 'notifications.graphql',
} as const;

/** The client-facing schema of a supergraph SDL, as the gateway serves it. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** The API schema of the committed schema/supergraph.graphql. */
export function committedApiSchema(): GraphQLSchema {
  return apiSchemaOf(readFileSync(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'));
}

/** Each subgraph's schema from its committed SDL, to tell which subgraph declares a type or field. */
export function committedSubgraphSchemas(): Record<string, GraphQLSchema> {
  return Object.fromEntries(
    Object.entries(SUBGRAPH_SDL_FILES).map(([name, file]) => [
      name,
      buildSubgraphSchema({ typeDefs: parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) }),
    ]),
  );
}

import type { GraphQLSchema } from 'graphql';
import type { ContainerType } from 'type-graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema } from '../schema/federation';
import type { SubgraphDefinition } from './definition';

/**
 * Builds the subgraph's federated schema from its resolvers and reference resolvers; `container` builds
 * the resolver instances (from the composition's services) when serving.
 */
export function buildSubgraphSchemaFor(definition: SubgraphDefinition, container?: ContainerType): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: definition.resolvers, orphanedTypes: definition.orphanedTypes, container },
    definition.referenceResolvers,
  );
}

/** The subgraph's SDL as committed under schema/ (federation directives included). */
export async function printSubgraphSdl(definition: SubgraphDefinition): Promise<string> {
  return `${printSubgraphSchema(await buildSubgraphSchemaFor(definition)).trim()}\n`;
}

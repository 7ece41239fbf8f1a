import { assertOwnExport } from '@caregraph/runtime';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { SubgraphContext } from '@caregraph/runtime';
import { exportClientCarePlans } from './care-plan-export';
import { PersonalDataExportStub } from './personal-data-export.stub';

/** Adds the caller's care plans to the accounts subgraph's `PersonalDataExport`. */
@Resolver(() => PersonalDataExportStub)
export class PersonalDataExportResolver {
  @Authorized()
  @FieldResolver(() => [GraphQLJSONObject], {
    description:
      "Every care plan this person holds as a client, oldest first, each as an object with every stored column in camelCase " +
      '(id, clientId, therapistId, status, goals, createdAt, updatedAt, ...; instants as ISO-8601 UTC strings). ' +
      'Only the person themselves may read it: anyone else, admins included, gets FORBIDDEN.',
  })
  carePlans(@Root() exportRoot: PersonalDataExportStub, @Ctx() ctx: SubgraphContext): Promise<Array<Record<string, unknown>>> {
    assertOwnExport(ctx.caller, exportRoot.userId);
    return exportClientCarePlans(ctx.em, exportRoot.userId);
  }
}

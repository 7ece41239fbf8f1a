import { assertOwnExport } from '@caregraph/runtime';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { SubgraphContext } from '@caregraph/runtime';
import { recordRead } from '../access/access-log.service';
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
      'Each plan comes with everything in it (goals, activities and logs, reviews, questionnaires, risk flags) and its access log; the export is recorded there too. ' +
      'Only the person themselves may read it: anyone else, admins included, gets FORBIDDEN.',
  })
  async carePlans(@Root() exportRoot: PersonalDataExportStub, @Ctx() ctx: SubgraphContext): Promise<Array<Record<string, unknown>>> {
    assertOwnExport(ctx.caller, exportRoot.userId);
    const plans = await exportClientCarePlans(ctx.em, exportRoot.userId);
    // An export reads the plans' content like any other read: it goes in their access logs.
    await Promise.all(plans.map((plan) => recordRead(ctx, plan.id as string, 'CLIENT')));
    return plans;
  }
}

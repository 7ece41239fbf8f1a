import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { assertOwnExport, type SubgraphContext } from '@caregraph/runtime';
import { exportOwnListing } from './listing-export';
import { PersonalDataExportStub } from './personal-data-export.stub';

/** Adds the caller's own therapist listing to the accounts subgraph's `PersonalDataExport`. */
@Resolver(() => PersonalDataExportStub)
export class PersonalDataExportResolver {
  @Authorized()
  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Your therapist listing, if you have one, with every stored detail (exact postcode, pending changes, HCPC verification notes) and its moderation history; null for clients. Only you may read it: anyone else, admins included, gets FORBIDDEN.',
  })
  therapistListing(@Root() exportRoot: PersonalDataExportStub, @Ctx() ctx: SubgraphContext): Promise<Record<string, unknown> | null> {
    assertOwnExport(ctx.caller, exportRoot.userId);
    return exportOwnListing(ctx.em, exportRoot.userId);
  }
}

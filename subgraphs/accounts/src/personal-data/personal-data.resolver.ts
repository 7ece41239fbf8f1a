import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { assertOwnExport, type SubgraphContext } from '@caregraph/runtime';
import type { AccountsServices } from '../services';
import { accountExport } from './account-export';
import { deleteMyAccount } from './account-deletion.service';
import { AccountDeletionResult, DeleteMyAccountInput } from './account-deletion.type';
import { PersonalDataExport } from './personal-data-export.type';

@Resolver(() => PersonalDataExport)
export class PersonalDataResolver {
  constructor(private readonly services: AccountsServices) {}

  @Authorized()
  @Query(() => PersonalDataExport, {
    description:
      'Everything Caregraph holds on you, gathered from every part of the platform, as one document (select every field, or use the JSON as it is). UNAUTHENTICATED when nobody is signed in.',
  })
  exportMyData(@Ctx() ctx: SubgraphContext): PersonalDataExport {
    return { userId: ctx.caller.userId!, generatedAt: new Date() };
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'Your account: profile, e-mail, when it was verified, and your sign-in sessions (never passwords or tokens).' })
  account(@Root() data: PersonalDataExport, @Ctx() ctx: SubgraphContext): Promise<Record<string, unknown>> {
    assertOwnExport(ctx.caller, data.userId);
    return accountExport(ctx.em, data.userId);
  }

  @Authorized('CLIENT')
  @Mutation(() => AccountDeletionResult, {
    description:
      'Deletes your account for good: your login, profile and sessions go at once. Sessions that took place and care plans are clinical records the law requires us to keep (mental-health records: 20 years after the end of your care); they are kept with no link to you and destroyed after that. Upcoming and cancelled sessions and draft plans are deleted. If any part cannot be done, nothing is deleted and you can try again. Therapists and admins: contact support.',
  })
  async deleteMyAccount(
    @Arg('input', () => DeleteMyAccountInput, { description: 'Your password, to confirm.' }) input: DeleteMyAccountInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AccountDeletionResult> {
    return deleteMyAccount(ctx, input.password, this.services);
  }
}

import type { SubgraphContext } from '@caregraph/runtime';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { signedInUser } from '../users/signed-in-user';
import { User } from '../users/user.entity';
import { ConsentDocument } from './consent-document.entity';
import { ConsentAcceptanceInput } from './consent.input';
import { ConsentKind } from './consent-kind';
import { documentsInForce, recordAcceptances, recordWithdrawal } from './consent.service';

@Resolver()
export class ConsentResolver {
  @Query(() => [ConsentDocument], {
    description: 'The version in force of each document people agree to, to show before asking (e.g. at sign-up). Open to everyone.',
  })
  async consentDocuments(@Ctx() ctx: SubgraphContext): Promise<ConsentDocument[]> {
    return [...(await documentsInForce(ctx.em)).values()];
  }

  @Authorized()
  @Mutation(() => User, {
    description:
      'The signed-in person accepts these document versions; each acceptance is recorded with its time and version. Each must be the version in force (`consentDocuments`): BAD_USER_INPUT naming `input.<i>.version` otherwise. Accepting what is already accepted changes nothing. Answers with the person (see `consents`).',
  })
  async acceptConsents(
    // Checked by the service instead of class-validator, whose errors on list items lose the
    // index: the version must equal the one in force, which also bounds its length.
    @Arg('input', () => [ConsentAcceptanceInput], { description: 'The documents and the versions shown to the person.', validate: false })
    input: ConsentAcceptanceInput[],
    @Ctx() ctx: SubgraphContext,
  ): Promise<User> {
    const user = await signedInUser(ctx);
    await ctx.em.transactional((em) => recordAcceptances(em, user.id, input, 'input'));
    return user;
  }

  @Authorized()
  @Mutation(() => User, {
    description:
      'The signed-in person withdraws a consent; the withdrawal is recorded with its time and the version withdrawn. Withdrawing HEALTH_DATA_PROCESSING stops new bookings and care-plan entries until it is given again. Withdrawing what is not given changes nothing. Answers with the person (see `consents`).',
  })
  async withdrawConsent(@Arg('kind', () => ConsentKind, { description: 'The consent to withdraw.' }) kind: ConsentKind, @Ctx() ctx: SubgraphContext): Promise<User> {
    const user = await signedInUser(ctx);
    await ctx.em.transactional((em) => recordWithdrawal(em, user.id, kind));
    return user;
  }
}

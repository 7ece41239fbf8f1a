import type { SubgraphContext } from '@caregraph/runtime';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { mayReadPersonalData } from '../users/personal-data-visibility';
import { User } from '../users/user.entity';
import { askedByThePlatform } from '../users/user-visibility';
import { ConsentKind } from './consent-kind';
import { ConsentState } from './consent-state.type';
import { consentStates, documentsInForce, latestDecisions } from './consent.service';

/** Every requested person's consent states, in two statements per request. */
function statesOf(ctx: SubgraphContext, userId: string): Promise<ConsentState[]> {
  return ctx
    .loader<string, ConsentState[]>('User.consents', async (ids) => {
      const current = await documentsInForce(ctx.em);
      const decisions = await latestDecisions(ctx.em, ids);
      return ids.map((id) => consentStates(decisions.filter((d) => d.userId === id), current));
    })
    .load(userId);
}

@Resolver(() => User)
export class UserConsentsResolver {
  @FieldResolver(() => [ConsentState], {
    nullable: true,
    description: 'Where the person stands with each consent document. Shown to the person themselves and to admins; null for everyone else.',
  })
  async consents(@Root() user: User, @Ctx() ctx: SubgraphContext): Promise<ConsentState[] | null> {
    return mayReadPersonalData(ctx, user.id) ? statesOf(ctx, user.id) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'True when the person has given explicit consent to process their health data, in the version in force, and not withdrawn it. Without it the other services make no new bookings or care-plan entries for them. Shown to the person, admins and the platform itself (its services ask it before they write, on behalf of whoever is writing); null for everyone else.',
  })
  async hasHealthDataConsent(@Root() user: User, @Ctx() ctx: SubgraphContext): Promise<boolean | null> {
    // The platform's services ask it before they write health data (bookings, care plans): docs/adr/009.
    if (!mayReadPersonalData(ctx, user.id) && !askedByThePlatform(ctx)) return null;
    return (await statesOf(ctx, user.id)).some((state) => state.kind === ConsentKind.HEALTH_DATA_PROCESSING && state.upToDate);
  }
}

import type { SubgraphContext } from '@caregraph/runtime';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { mayReadPersonalData } from '../users/personal-data-visibility';
import { User } from '../users/user.entity';
import { usersWithSecondFactor } from './second-factor';

@Resolver(() => User)
export class MfaStatusResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'True when the person signs in with two-step verification (an authenticator app). Shown to the person themselves and to admins; null for everyone else.',
  })
  async mfaEnabled(@Root() user: User, @Ctx() ctx: SubgraphContext): Promise<boolean | null> {
    if (!mayReadPersonalData(ctx, user.id)) return null;
    return ctx
      .loader<string, boolean>('User.mfaEnabled', async (ids) => {
        const enabled = await usersWithSecondFactor(ctx.em, ids);
        return ids.map((id) => enabled.has(id));
      })
      .load(user.id);
  }
}

import type { SubgraphContext } from '@caregraph/runtime';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { mayReadPersonalData } from '../users/personal-data-visibility';
import { User } from '../users/user.entity';

@Resolver(() => User)
export class UserLockResolver {
  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When an admin locked the account (it cannot sign in); null while it is open. Account data: shown to admins (and to the person themselves); null for everyone else.',
  })
  lockedAt(@Root() user: User, @Ctx() ctx: SubgraphContext): Date | null {
    return mayReadPersonalData(ctx, user.id) ? user.lockedAt : null;
  }
}

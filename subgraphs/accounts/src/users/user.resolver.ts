import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { UnauthenticatedError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { mayReadPersonalData } from './personal-data-visibility';
import { User } from './user.entity';
import { UserService } from './user.service';
import { maySeeUser } from './user-visibility';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, {
    nullable: true,
    description:
      'One user by id, or null when there is none or the caller may not see them: only the person themselves, a therapist with a ' +
      'care relationship with them (a booking not cancelled or declined; see `Therapist.hasCareRelationshipWith`) and admins may.',
  })
  async user(@Arg('id', () => ID, { description: 'The user\'s id.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<User | null> {
    // Anonymous callers learn nothing, not even whether the id exists.
    if (!ctx.caller.userId) return null;
    const user = await UserService.load(ctx, id);
    return user && (await maySeeUser(ctx, user)) ? user : null;
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in person. UNAUTHENTICATED when nobody is signed in.' })
  async me(@Ctx() ctx: SubgraphContext): Promise<User> {
    const user = await UserService.load(ctx, ctx.caller.userId!);
    // A valid token for an account that has since been deleted.
    if (!user) throw new UnauthenticatedError();
    return user;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'E-mail address used to sign in, unique regardless of letter case. Personal data: shown to the person themselves and to admins; null for everyone else.',
  })
  email(@Root() user: User, @Ctx() ctx: SubgraphContext): string | null {
    return mayReadPersonalData(ctx, user.id) ? user.email : null;
  }
}

import { UnauthenticatedError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { User } from './user.entity';

/** The signed-in person's account; UNAUTHENTICATED for anonymous callers, the platform itself, or a deleted account. */
export async function signedInUser(ctx: SubgraphContext): Promise<User> {
  const user = ctx.caller.userId ? await ctx.em.findOne(User, ctx.caller.userId) : null;
  if (!user) throw new UnauthenticatedError();
  return user;
}

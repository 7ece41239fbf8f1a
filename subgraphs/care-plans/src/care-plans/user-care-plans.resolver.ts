import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { maySeePlan } from '../access/care-plan-access';
import { UserStub } from '../references/user.stub';
import { CarePlan } from './care-plan.entity';
import { CarePlanService } from './care-plan.service';

/** Adds `User.carePlans` to the accounts subgraph's `User`. */
@Resolver(() => UserStub)
export class UserCarePlansResolver {
  @Authorized()
  @FieldResolver(() => [CarePlan], {
    description:
      "This person's care plans as a client, newest first: all of them for the person themselves; for their therapist, the plans " +
      'they hold with them; for admins, every plan (status only). Others get an empty list.',
  })
  async carePlans(@Root() user: UserStub, @Ctx() ctx: SubgraphContext): Promise<CarePlan[]> {
    const plans = await CarePlanService.loadForOwner(ctx, 'client', user.id);
    return plans.filter((plan) => maySeePlan(ctx, plan));
  }
}

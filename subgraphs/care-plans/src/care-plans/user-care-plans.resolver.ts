import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { UserStub } from '../references/user.stub';
import { CarePlan } from './care-plan.entity';
import { CarePlanService } from './care-plan.service';

/** Adds `User.carePlans` to the accounts subgraph's `User`. */
@Resolver(() => UserStub)
export class UserCarePlansResolver {
  @FieldResolver(() => [CarePlan], { description: "This person's care plans as a client, newest first." })
  carePlans(@Root() user: UserStub, @Ctx() ctx: SubgraphContext): Promise<CarePlan[]> {
    return CarePlanService.loadForOwner(ctx, 'client', user.id);
  }
}

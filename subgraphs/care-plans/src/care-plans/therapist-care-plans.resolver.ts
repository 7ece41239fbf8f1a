import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { maySeePlan } from '../access/care-plan-access';
import { TherapistStub } from '../references/therapist.stub';
import { CarePlan } from './care-plan.entity';
import { CarePlanService } from './care-plan.service';

/** Adds `Therapist.carePlans` to the therapists subgraph's `Therapist`. */
@Resolver(() => TherapistStub)
export class TherapistCarePlansResolver {
  @Authorized()
  @FieldResolver(() => [CarePlan], {
    description:
      'The care plans this therapist holds with their clients, newest first: all of them for the therapist, every one (status only) ' +
      "for admins, a client's own among them for that client. Others get an empty list.",
  })
  async carePlans(@Root() therapist: TherapistStub, @Ctx() ctx: SubgraphContext): Promise<CarePlan[]> {
    const plans = await CarePlanService.loadForOwner(ctx, 'therapist', therapist.id);
    return plans.filter((plan) => maySeePlan(ctx, plan));
  }
}

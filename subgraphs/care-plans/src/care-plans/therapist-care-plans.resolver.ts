import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { TherapistStub } from '../references/therapist.stub';
import { CarePlan } from './care-plan.entity';
import { CarePlanService } from './care-plan.service';

/** Adds `Therapist.carePlans` to the therapists subgraph's `Therapist`. */
@Resolver(() => TherapistStub)
export class TherapistCarePlansResolver {
  @FieldResolver(() => [CarePlan], { description: "The care plans this therapist holds with their clients, newest first." })
  carePlans(@Root() therapist: TherapistStub, @Ctx() ctx: SubgraphContext): Promise<CarePlan[]> {
    return CarePlanService.loadForOwner(ctx, 'therapist', therapist.id);
  }
}

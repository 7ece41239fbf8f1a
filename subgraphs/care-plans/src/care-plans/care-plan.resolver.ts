import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { UserInputError, type SubgraphContext, isUuid } from '@caregraph/runtime';
import { TherapistStub } from '../references/therapist.stub';
import { UserStub } from '../references/user.stub';
import { CarePlan } from './care-plan.entity';
import { CarePlanService } from './care-plan.service';

/** `carePlan(id)` and the references from a plan to its client and therapist. */
@Resolver(() => CarePlan)
export class CarePlanResolver {
  @Query(() => CarePlan, { nullable: true, description: 'One care plan by id, or null when there is none.' })
  carePlan(@Arg('id', () => ID, { description: "The care plan's id." }) id: string, @Ctx() ctx: SubgraphContext): Promise<CarePlan | null> {
    if (!isUuid(id)) throw new UserInputError('id', 'id must be a care plan id (a UUID).');
    return CarePlanService.load(ctx, id);
  }

  @FieldResolver(() => UserStub, {
    nullable: true,
    description: "The client the plan is for; null when the client's account was erased and the plan is kept only as a clinical record.",
  })
  client(@Root() plan: CarePlan): UserStub | null {
    return plan.clientId ? { id: plan.clientId } : null;
  }

  @FieldResolver(() => TherapistStub, { description: 'The occupational therapist who agreed the plan with the client.' })
  therapist(@Root() plan: CarePlan): TherapistStub {
    return { id: plan.therapistId };
  }
}

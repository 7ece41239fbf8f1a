import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { CONSENT_NEEDED } from '../access/client-consent';
import { CarePlan } from './care-plan.entity';
import { CreateCarePlanInput, UpdateCarePlanInput } from './care-plan.input';
import { CarePlanStatus } from './care-plan-status';
import { createCarePlan, setCarePlanStatus, updateCarePlan } from './care-plan-write.service';

const EXPECTED_VERSION = { description: 'The plan `version` you last read: a stale one is CONFLICT and nothing is written.' };

/** Creating and changing care plans: the therapist's side. */
@Resolver()
export class CarePlanMutationResolver {
  @Authorized('THERAPIST')
  @Mutation(() => CarePlan, {
    description:
      'Creates a DRAFT care plan (with its first goals) for a client you have a care relationship with: a booking with you that was not ' +
      'cancelled or declined (FORBIDDEN otherwise). Bad dates are BAD_USER_INPUT naming the field. One transaction, recorded in the access log.' +
      CONSENT_NEEDED,
  })
  createCarePlan(@Arg('input', () => CreateCarePlanInput, { description: 'The new plan.' }) input: CreateCarePlanInput, @Ctx() ctx: SubgraphContext): Promise<CarePlan> {
    return createCarePlan(ctx, input);
  }

  @Authorized('THERAPIST')
  @Mutation(() => CarePlan, { description: "Changes a plan's details (its therapist only). The next review date follows the cadence." + CONSENT_NEEDED })
  updateCarePlan(
    @Arg('id', () => ID, { description: 'The care plan.' }) id: string,
    @Arg('expectedVersion', () => Int, EXPECTED_VERSION) expectedVersion: number,
    @Arg('input', () => UpdateCarePlanInput, { description: 'The changes.' }) input: UpdateCarePlanInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CarePlan> {
    return updateCarePlan(ctx, id, expectedVersion, input);
  }

  @Authorized('THERAPIST')
  @Mutation(() => CarePlan, {
    description:
      'Moves a plan along DRAFT → ACTIVE ↔ ON_HOLD → COMPLETED, or to CANCELLED (its therapist only). Any other move is CONFLICT. Moving it to ACTIVE ' +
      'needs the client\'s consent to process their health data (FORBIDDEN without it); holding, completing or cancelling it does not.',
  })
  setCarePlanStatus(
    @Arg('id', () => ID, { description: 'The care plan.' }) id: string,
    @Arg('expectedVersion', () => Int, EXPECTED_VERSION) expectedVersion: number,
    @Arg('status', () => CarePlanStatus, { description: 'The new status.' }) status: CarePlanStatus,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CarePlan> {
    return setCarePlanStatus(ctx, id, expectedVersion, status);
  }
}

import { Arg, Authorized, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { isUuid, type SubgraphContext } from '@caregraph/runtime';
import { CarePlanErasureResult } from './care-plan-erasure-result.type';
import { eraseClientCarePlans } from './care-plan-erasure.service';

/** `eraseClientCarePlans`: the care-plans part of deleting an account, called by accounts as SYSTEM. */
@Resolver()
export class CarePlanErasureResolver {
  @Authorized('SYSTEM')
  // Not in the public graph: accounts calls it on this subgraph through the gateway's SYSTEM relay (docs/adr/006).
  @Directive('@inaccessible')
  @Mutation(() => CarePlanErasureResult, {
    description:
      "Not part of the public graph (@inaccessible): accounts' account-deletion saga calls it on this subgraph. Erases a client's care plans when their account is deleted. Only the platform itself (SYSTEM) may call it: anyone else gets " +
      'FORBIDDEN, an anonymous caller UNAUTHENTICATED. Plans past the draft stage (ACTIVE, ON_HOLD, COMPLETED, CANCELLED) are ' +
      'clinical records the law requires to be kept (NHS Records Management Code of Practice, mental health records: 20 years after ' +
      "the end of care): they are detached from the login, marked with one pseudonym per erasure and a retention date (the plans' latest " +
      'change + 20 years), and no longer appear under User.carePlans. DRAFT plans are deleted. One transaction; running it again ' +
      'changes nothing and reports zeros. A retained plan, with everything recorded under it, is deleted for good by the retention ' +
      'purge once its retention date has passed.',
  })
  async eraseClientCarePlans(
    @Arg('userId', () => ID, { description: 'The accounts `User.id` of the client whose account is being deleted.' }) userId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CarePlanErasureResult> {
    if (!isUuid(userId)) throw new UserInputError('userId', 'userId must be a user id (a UUID).');
    const result = await eraseClientCarePlans(ctx.em, userId);
    // Counts only: the user id stays out of the logs (accounts keeps the record of the deletion).
    ctx.logger.info({ retained: result.retained, deleted: result.deleted }, 'client care plans erased');
    return result;
  }
}

import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { isUuid, NeverCache, type SubgraphContext } from '@caregraph/runtime';
import { TherapistStub } from '../references/therapist.stub';
import { assertMayListTherapistBookings } from './booking-access';
import { Booking } from './booking.entity';
import { CARE_RELATIONSHIP_STATUSES } from './care-relationship';

/** Adds `Therapist.hasCareRelationshipWith`: what care-plans asks before a therapist opens a plan for a client. */
@Resolver(() => TherapistStub)
export class CareRelationshipResolver {
  @NeverCache()
  @FieldResolver(() => Boolean, {
    description:
      'True when this therapist has at least one booking with the client that was not cancelled or declined (a care relationship, ' +
      'which a care plan needs). Only the therapist themselves and admins may ask (FORBIDDEN otherwise).',
  })
  async hasCareRelationshipWith(
    @Root() therapist: TherapistStub,
    @Arg('clientId', () => ID, { description: 'The accounts `User.id` of the client.' }) clientId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<boolean> {
    if (!isUuid(clientId)) throw new UserInputError('clientId', 'clientId must be a user id (a UUID).');
    await assertMayListTherapistBookings(ctx, therapist.id);
    const count = await ctx.em.count(Booking, { therapistId: therapist.id, clientId, status: { $in: [...CARE_RELATIONSHIP_STATUSES] } });
    return count > 0;
  }
}

import { Arg, Authorized, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import { UserInputError } from '@caregraph/kernel';
import { isUuid, type SubgraphContext } from '@caregraph/runtime';
import { BookingErasureResult } from './booking-erasure-result.type';
import { eraseClientBookings } from './booking-erasure.service';

/** `eraseClientBookings`: the bookings part of deleting an account, called by accounts as SYSTEM. */
@Resolver()
export class BookingErasureResolver {
  @Authorized('SYSTEM')
  // Not in the public graph: accounts calls it on this subgraph through the gateway's SYSTEM relay (docs/adr/006).
  @Directive('@inaccessible')
  @Mutation(() => BookingErasureResult, {
    description:
      "Not part of the public graph (@inaccessible): accounts' account-deletion saga calls it on this subgraph. Erases a client's bookings when their account is deleted. Only the platform itself (SYSTEM) may call it: anyone else gets " +
      'FORBIDDEN, an anonymous caller UNAUTHENTICATED. Sessions that took place (COMPLETED, NO_SHOW, or CONFIRMED and already started) ' +
      'are clinical records the law requires to be kept (NHS Records Management Code of Practice, mental health records: 20 years after ' +
      'the end of care): they are detached from the login, marked with one pseudonym per erasure and a retention date (latest session end + ' +
      '20 years), and no longer appear under User.bookings. Every other booking (REQUESTED, CANCELLED, DECLINED, CONFIRMED in the future) ' +
      'is deleted; the therapist loses any upcoming slot. Referrals linked to the client, waitlist entries and notices to them are deleted. One transaction; running it again changes nothing and reports zeros. ' +
      'A retained session, with its history, is deleted for good by the retention purge once its retention date has passed.',
  })
  async eraseClientBookings(
    @Arg('userId', () => ID, { description: 'The accounts `User.id` of the client whose account is being deleted.' }) userId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BookingErasureResult> {
    if (!isUuid(userId)) throw new UserInputError('userId', 'userId must be a user id (a UUID).');
    const result = await eraseClientBookings(ctx.em, userId);
    // Counts only: the user id stays out of the logs (accounts keeps the record of the deletion).
    ctx.logger.info({ retained: result.retained, deleted: result.deleted }, 'client bookings erased');
    return result;
  }
}

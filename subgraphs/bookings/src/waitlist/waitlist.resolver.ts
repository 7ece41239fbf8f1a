import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { TherapistStub } from '../references/therapist.stub';
import { JoinWaitlistInput } from './join-waitlist.input';
import { joinWaitlist } from './join-waitlist.service';
import { leaveWaitlist, myWaitlist } from './my-waitlist.service';
import { WaitlistEntry } from './waitlist-entry.entity';
import { WAITLIST_LIMITS as L } from './waitlist-limits';

/** `joinWaitlist`, `leaveWaitlist` and `myWaitlist`: a client waits for an earlier time with a therapist. */
@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  @Authorized('CLIENT')
  @Query(() => [WaitlistEntry], {
    description:
      'Your waitlists: the entries you have not left whose last day has not passed, in the order you joined. ' +
      'UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but clients.',
  })
  myWaitlist(@Ctx() ctx: SubgraphContext): Promise<WaitlistEntry[]> {
    return myWaitlist(ctx);
  }

  @Authorized('CLIENT')
  @Mutation(() => WaitlistEntry, {
    description:
      "Asks to be told when a time opens in a therapist's diary (a booking cancelled or moved) on a day from `from` to `to`, in your format. " +
      'People are told in the order they joined; you stay on the list until you leave it or its last day passes. ' +
      `Refused with BAD_USER_INPUT naming the field (unknown or unbookable therapist, format not offered, a day in the past, a range over ${L.maxRangeDays} days); ` +
      `CONFLICT naming therapistId when you are already on this therapist's list or on ${L.maxActiveEntries} lists; FORBIDDEN for anyone but clients ` +
      'and without consent to process your health data; INTERNAL_SERVER_ERROR, with nothing recorded, when the therapist directory cannot be asked.',
  })
  joinWaitlist(
    @Arg('input', () => JoinWaitlistInput, { description: 'The therapist, the days and the format.' }) input: JoinWaitlistInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<WaitlistEntry> {
    return joinWaitlist(ctx, input);
  }

  @Authorized('CLIENT')
  @Mutation(() => WaitlistEntry, {
    description:
      'Takes you off a waitlist: you are told of no more times. Leaving again returns the entry unchanged. ' +
      "NOT_FOUND when there is no such entry of yours (someone else's included); BAD_USER_INPUT naming id when it is not an id; FORBIDDEN for anyone but clients.",
  })
  leaveWaitlist(
    @Arg('id', () => ID, { description: 'The entry to leave (WaitlistEntry.id).' }) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<WaitlistEntry> {
    return leaveWaitlist(ctx, id);
  }

  @FieldResolver(() => TherapistStub, { description: 'The therapist whose diary you are waiting on.' })
  therapist(@Root() entry: WaitlistEntry): TherapistStub {
    return { id: entry.therapistId };
  }
}

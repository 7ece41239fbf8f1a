import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { UserStub } from '../references/user.stub';
import { Therapist } from '../therapists/therapist.entity';
import { TherapistService } from '../therapists/therapist.service';
import { ListingEvent } from './listing-event.entity';

/** The person behind a history entry, and the listing it is about. */
@Resolver(() => ListingEvent)
export class ListingEventResolver {
  @FieldResolver(() => UserStub, { description: 'Who did it: the therapist or an admin.' })
  actor(@Root() event: ListingEvent): UserStub {
    return { id: event.actorId };
  }

  @FieldResolver(() => Therapist, { nullable: true, description: 'The listing the entry is about (batched: one statement for a whole page of entries); null when the caller may not see it.' })
  listing(@Root() event: ListingEvent, @Ctx() ctx: SubgraphContext): Promise<Therapist | null> {
    return TherapistService.load(ctx, event.therapist.id);
  }
}

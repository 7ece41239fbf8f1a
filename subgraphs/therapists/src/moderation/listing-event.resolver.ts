import { FieldResolver, Resolver, Root } from 'type-graphql';
import { UserStub } from '../references/user.stub';
import { ListingEvent } from './listing-event.entity';

/** The person behind a history entry. */
@Resolver(() => ListingEvent)
export class ListingEventResolver {
  @FieldResolver(() => UserStub, { description: 'Who did it: the therapist or an admin.' })
  actor(@Root() event: ListingEvent): UserStub {
    return { id: event.actorId };
  }
}

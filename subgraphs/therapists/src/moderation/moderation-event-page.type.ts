import { Field, Int, ObjectType } from 'type-graphql';
import { ListingEvent } from './listing-event.entity';

/** One page of moderation events, with the total for react-admin's pagination. */
@ObjectType({ description: 'A page of moderation events for admins, with the number matching the filter.' })
export class ModerationEventPage {
  @Field(() => [ListingEvent], { description: 'The events on this page, newest first.' })
  items!: ListingEvent[];

  @Field(() => Int, { description: 'How many events match the filter in all.' })
  total!: number;
}

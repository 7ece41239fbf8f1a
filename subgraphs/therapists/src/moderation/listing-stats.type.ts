import { Field, Int, ObjectType } from 'type-graphql';
import { ListingStatus } from '../therapists/listing-status';

/** How many listings are in one status. */
@ObjectType({ description: 'How many listings are in one moderation status.' })
export class ListingStatusCount {
  @Field(() => ListingStatus, { description: 'The status.' })
  status!: ListingStatus;

  @Field(() => Int, { description: 'How many listings are in it (0 included).' })
  count!: number;
}

/** The figures the admin dashboard opens with. */
@ObjectType({ description: "Figures about the therapist directory for the admins' dashboard." })
export class ListingStats {
  @Field(() => [ListingStatusCount], { description: 'Every status, in the order the schema declares them, with its number of listings.' })
  byStatus!: ListingStatusCount[];

  @Field(() => Int, { description: 'Listings waiting for a moderation decision: sent for review, or published with pending changes (the moderation queue).' })
  waitingForReview!: number;

  @Field(() => Date, { nullable: true, description: 'Since when the longest-waiting listing in the moderation queue has waited; null when the queue is empty.' })
  oldestWaitingSince!: Date | null;
}

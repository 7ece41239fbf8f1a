import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The bookings subgraph's `Booking`, as far as care-plans knows it: the key, to which care-plans adds
 * `progressReview`. No description on purpose: the owner's is the one the supergraph shows.
 */
@ObjectType('Booking')
@Directive('@key(fields: "id")')
export class BookingStub {
  @Field(() => ID)
  id!: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accounts subgraph's `User`, as far as bookings knows it: only the key. Bookings
 * resolves it (to add `User.bookings`) without reading accounts' data. No description here on
 * purpose: the owner's description is the one the supergraph shows, and a copy could drift.
 */
@ObjectType('User')
@Directive('@key(fields: "id")')
export class UserStub {
  @Field(() => ID)
  id!: string;
}

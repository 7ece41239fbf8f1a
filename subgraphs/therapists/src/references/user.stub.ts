import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The accounts subgraph's `User`, as far as therapists knows it: only the key. It is
 * resolvable here (to add `User.therapistProfile`) without reading accounts' data, and it is
 * what `Therapist.user` returns. No description on purpose: the owner's description is the one
 * the supergraph shows, and a copy could drift.
 */
@ObjectType('User')
@Directive('@key(fields: "id")')
export class UserStub {
  @Field(() => ID)
  id!: string;
}

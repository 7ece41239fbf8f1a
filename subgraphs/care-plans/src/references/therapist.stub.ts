import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The therapists subgraph's `Therapist`, as far as care-plans knows it: only the key. No
 * description on purpose: the owner's description is the one the supergraph shows.
 */
@ObjectType('Therapist')
@Directive('@key(fields: "id")')
export class TherapistStub {
  @Field(() => ID)
  id!: string;
}

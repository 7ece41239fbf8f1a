import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { SessionFormat } from '@caregraph/vocabulary';

/**
 * The therapists subgraph's `Therapist`, as far as bookings knows it: only the key. No
 * description on purpose: the owner's description is the one the supergraph shows.
 */
@ObjectType('Therapist')
@Directive('@key(fields: "id")')
export class TherapistStub {
  @Field(() => ID)
  id!: string;

  /**
   * The formats the listing gives, owned by therapists: the gateway fetches them for `availability`
   * (`@requires`), so no time is offered in a format createBooking would refuse. Absent when asked without.
   */
  @Field(() => [SessionFormat])
  @Directive('@external')
  sessionFormats?: SessionFormat[];
}

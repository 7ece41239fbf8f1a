import { Field, Int, ObjectType } from 'type-graphql';
import { Therapist } from '../therapists/therapist.entity';

/** One page of listings, with the total for react-admin's pagination. */
@ObjectType({ description: 'A page of listings for admins, with the number matching the filter.' })
export class AdminTherapistPage {
  @Field(() => [Therapist], { description: 'The listings on this page, in the order asked for.' })
  items!: Therapist[];

  @Field(() => Int, { description: 'How many listings match the filter in all.' })
  total!: number;
}

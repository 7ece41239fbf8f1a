import { ConnectionArgs } from '@caregraph/runtime';
import { ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { TherapistSearchFilter } from './therapist-search.input';
import { TherapistSearchSort } from './therapist-search-sort';

/** Arguments of `searchTherapists`. */
@ArgsType()
export class TherapistSearchArgs extends ConnectionArgs {
  @Field(() => TherapistSearchFilter, { nullable: true, description: 'What to look for; leave out to list the whole directory.' })
  @ValidateNested()
  filter?: TherapistSearchFilter | null;

  @Field(() => TherapistSearchSort, { nullable: true, description: 'Result order. Default: DISTANCE when `filter.near` is given, otherwise NEWEST.' })
  sort?: TherapistSearchSort | null;
}

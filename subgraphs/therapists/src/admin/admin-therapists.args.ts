import { AdminPageArgs } from '@caregraph/runtime';
import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { AdminTherapistFilter } from './admin-therapist-filter.input';
import { AdminTherapistSort } from './admin-therapist-sort.input';

/** Filter, order and page of `adminTherapists`. */
@ArgsType()
export class AdminTherapistsArgs extends AdminPageArgs {
  @Field(() => AdminTherapistFilter, { nullable: true, description: 'Conditions; none lists every listing, whatever its status.' })
  @IsOptional()
  @ValidateNested()
  filter?: AdminTherapistFilter | null;

  @Field(() => AdminTherapistSort, { nullable: true, description: 'Order; the most recently changed listings first when left out.' })
  @IsOptional()
  @ValidateNested()
  sort?: AdminTherapistSort | null;
}

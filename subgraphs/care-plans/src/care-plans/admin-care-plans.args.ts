import { IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { AdminPageArgs } from '@caregraph/runtime';
import { CarePlanStatus } from './care-plan-status';

/** Filter and page of `adminCarePlans`. */
@ArgsType()
export class AdminCarePlansArgs extends AdminPageArgs {
  @Field(() => CarePlanStatus, { nullable: true, description: 'Only plans in this status.' })
  @IsOptional()
  status?: CarePlanStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only plans with this therapist listing.' })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a therapist id.' })
  therapistId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only plans of this client.' })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a user id.' })
  clientId?: string | null;
}

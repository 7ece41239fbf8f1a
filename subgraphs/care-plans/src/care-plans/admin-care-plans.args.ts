import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ADMIN_MAX_LIMIT } from '../access/access-log.args';
import { CarePlanStatus } from './care-plan-status';

/** Filter and page of `adminCarePlans`. */
@ArgsType()
export class AdminCarePlansArgs {
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

  @Field(() => Int, { defaultValue: 0, description: 'How many plans to skip (0 or more).' })
  @IsInt()
  @Min(0, { message: '$property must be 0 or more.' })
  offset!: number;

  @Field(() => Int, { defaultValue: 25, description: `How many plans to return: 1 to ${ADMIN_MAX_LIMIT}.` })
  @IsInt()
  @Min(1, { message: `$property must be between 1 and ${ADMIN_MAX_LIMIT}.` })
  @Max(ADMIN_MAX_LIMIT, { message: `$property must be between 1 and ${ADMIN_MAX_LIMIT}.` })
  limit!: number;
}

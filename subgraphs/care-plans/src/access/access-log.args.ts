import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

/** Largest page an admin list returns. */
export const ADMIN_MAX_LIMIT = 100;

/** Filter and page of `breakGlassAccesses`. */
@ArgsType()
export class BreakGlassAccessArgs {
  @Field(() => ID, { nullable: true, description: 'Only uses by this admin.' })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a user id.' })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only uses on this care plan.' })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a care plan id.' })
  carePlanId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only uses from this instant on (inclusive).' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only uses before this instant (exclusive).' })
  @IsOptional()
  to?: Date | null;

  @Field(() => Int, { defaultValue: 0, description: 'How many records to skip (0 or more).' })
  @IsInt()
  @Min(0, { message: '$property must be 0 or more.' })
  offset!: number;

  @Field(() => Int, { defaultValue: 25, description: `How many records to return: 1 to ${ADMIN_MAX_LIMIT}.` })
  @IsInt()
  @Min(1, { message: `$property must be between 1 and ${ADMIN_MAX_LIMIT}.` })
  @Max(ADMIN_MAX_LIMIT, { message: `$property must be between 1 and ${ADMIN_MAX_LIMIT}.` })
  limit!: number;
}

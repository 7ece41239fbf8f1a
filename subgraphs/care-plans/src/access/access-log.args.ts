import { IsOptional, IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { AdminPageArgs } from '@caregraph/runtime';

/** Filter and page of `breakGlassAccesses`. */
@ArgsType()
export class BreakGlassAccessArgs extends AdminPageArgs {
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
}

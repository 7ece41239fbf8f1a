import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { ADMIN_MAX_LIMIT } from '../access/access-log.args';
import { CarePlan } from './care-plan.entity';
import { CarePlanStatus } from './care-plan-status';

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

@ObjectType({ description: 'A page of care plans for admins (existence and status only), newest first, with the number matching the filter.' })
export class AdminCarePlanPage {
  @Field(() => [CarePlan], { description: 'The plans on this page; their content needs break-glass.' })
  items!: CarePlan[];

  @Field(() => Int, { description: 'How many plans match the filter in all.' })
  total!: number;
}

/** `adminCarePlans`: which plans exist and their status, for the admin dashboard. */
@Resolver()
export class AdminCarePlansResolver {
  @Authorized('ADMIN')
  @Query(() => AdminCarePlanPage, { description: 'Care plans, newest first, filtered by status, therapist or client. Admins only; content needs break-glass.' })
  async adminCarePlans(@Args(() => AdminCarePlansArgs) args: AdminCarePlansArgs, @Ctx() ctx: SubgraphContext): Promise<AdminCarePlanPage> {
    const where: Record<string, unknown> = {};
    if (args.status) where.status = args.status;
    if (args.therapistId) where.therapistId = args.therapistId;
    if (args.clientId) where.clientId = args.clientId;
    const [items, total] = await ctx.em.findAndCount(CarePlan, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: args.limit, offset: args.offset });
    return { items, total };
  }
}

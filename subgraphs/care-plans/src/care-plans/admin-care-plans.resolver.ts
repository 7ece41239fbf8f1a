import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { AdminCarePlanPage } from './admin-care-plan-page.type';
import { AdminCarePlansArgs } from './admin-care-plans.args';
import { CarePlan } from './care-plan.entity';

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

import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError, UserInputError } from '@caregraph/kernel';
import { ConnectionArgs, assertSpanOrder, isUuid, pageWindow, toConnection, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { CarePlan } from '../care-plans/care-plan.entity';
import { UserStub } from '../references/user.stub';
import { AccessAction } from './access-action';
import { recordWrite } from './access-log.service';
import { BreakGlassAccessArgs } from './access-log.args';
import { BreakGlassAccessPage, CarePlanAccessConnection } from './access-log.types';
import { grantBreakGlass } from './care-plan-access';
import { CarePlanAccessEntry } from './care-plan-access-entry.entity';

/** Shortest and longest reason a break-glass use accepts. */
const REASON_LENGTH = { min: 10, max: 1000 };

/** The access audit: who read or changed a plan's content, and break-glass access for admins. */
@Resolver(() => CarePlanAccessEntry)
export class AccessLogResolver {
  @FieldResolver(() => UserStub, { description: 'Who accessed the record.' })
  actor(@Root() entry: CarePlanAccessEntry): UserStub {
    return { id: entry.actorId };
  }

  @Authorized()
  @Query(() => CarePlanAccessConnection, {
    description:
      'Who has read or changed the content of your care plans, newest first: your own plans as a client, the plans you hold as a ' +
      'therapist, or any plan for admins. Optionally one plan only.',
  })
  async carePlanAccessLog(
    @Arg('carePlanId', () => ID, { nullable: true, description: 'Only this care plan.' }) carePlanId: string | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ConnectionShape<CarePlanAccessEntry>> {
    if (carePlanId && !isUuid(carePlanId)) throw new UserInputError('carePlanId', 'carePlanId must be a care plan id (a UUID).');
    const { limit, offset } = pageWindow(args);
    const { userId, roles } = ctx.caller;
    const where: Record<string, unknown> = {};
    if (!roles.includes('ADMIN')) {
      const mine = await ctx.em.find(CarePlan, { $or: [{ clientId: userId }, { therapistUserId: userId }] }, { fields: ['id'] });
      const ids = mine.map((plan) => plan.id);
      where.carePlanId = { $in: carePlanId ? ids.filter((id) => id === carePlanId) : ids };
    } else if (carePlanId) {
      where.carePlanId = carePlanId;
    }
    const [rows, total] = await ctx.em.findAndCount(CarePlanAccessEntry, where, { orderBy: { at: 'desc', id: 'asc' }, limit, offset });
    return toConnection(rows, total, offset);
  }

  @Authorized('ADMIN')
  @Query(() => BreakGlassAccessPage, { description: 'Break-glass uses, newest first, with their reasons. Admins only.' })
  async breakGlassAccesses(@Args(() => BreakGlassAccessArgs) args: BreakGlassAccessArgs, @Ctx() ctx: SubgraphContext): Promise<BreakGlassAccessPage> {
    assertSpanOrder(args.from, args.to);
    const where: Record<string, unknown> = { action: AccessAction.BREAK_GLASS };
    if (args.actorId) where.actorId = args.actorId;
    if (args.carePlanId) where.carePlanId = args.carePlanId;
    if (args.from || args.to) where.at = { ...(args.from ? { $gte: args.from } : {}), ...(args.to ? { $lt: args.to } : {}) };
    const [items, total] = await ctx.em.findAndCount(CarePlanAccessEntry, where, { orderBy: { at: 'desc', id: 'asc' }, limit: args.limit, offset: args.offset });
    return { items, total };
  }

  @Authorized('ADMIN')
  @Mutation(() => CarePlan, {
    description:
      "Break-glass: shows an admin a care plan's content, in this response only, and records the use with your reason, which the client " +
      `can see in their access log. Use it only when the client's safety or the law requires. Reason: ${REASON_LENGTH.min}–${REASON_LENGTH.max} characters.`,
  })
  async openCarePlanWithBreakGlass(
    @Arg('id', () => ID, { description: 'The care plan.' }) id: string,
    @Arg('reason', { description: 'Why you need to read it, e.g. "Safeguarding concern raised by the GP practice on 3 March".' }) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CarePlan> {
    if (!isUuid(id)) throw new UserInputError('id', 'id must be a care plan id (a UUID).');
    const text = reason.trim();
    if (text.length < REASON_LENGTH.min || text.length > REASON_LENGTH.max) {
      throw new UserInputError('reason', `reason must explain why, in ${REASON_LENGTH.min} to ${REASON_LENGTH.max} characters.`);
    }
    const plan = await ctx.em.transactional(async (tx) => {
      const found = await tx.findOne(CarePlan, { id });
      if (!found) throw new NotFoundError('CarePlan', id);
      recordWrite(tx, ctx, { carePlanId: id, action: AccessAction.BREAK_GLASS, recordType: 'CarePlan', recordId: id, actorRole: 'ADMIN', reason: text });
      await tx.flush();
      return found;
    });
    grantBreakGlass(ctx, plan.id);
    ctx.logger.info({ carePlanId: plan.id }, 'care plan opened with break-glass');
    return plan;
  }
}

import { pageWindow, toConnection, type ConnectionArgs, type ConnectionShape, type SubgraphContext } from '@caregraph/runtime';
import { recordRead } from '../access/access-log.service';
import { accessTo } from '../access/care-plan-access';
import { RiskFlag } from './risk-flag.entity';

/**
 * One page of the calling therapist's unacknowledged risk flags across every plan they are the therapist of,
 * oldest first (the one waiting longest on top). Two statements (page with its plans, count) plus one INSERT
 * recording a READ per plan shown, exactly as reading the flags through `CarePlan.riskFlags` does (docs/adr/012);
 * the page is returned only once that record is written.
 */
export async function myOpenRiskFlags(ctx: SubgraphContext, args: ConnectionArgs): Promise<ConnectionShape<RiskFlag>> {
  const { limit, offset } = pageWindow(args);
  const [flags, totalCount] = await ctx.em.findAndCount(
    RiskFlag,
    { acknowledgedAt: null, carePlan: { therapistUserId: ctx.caller.userId } },
    { populate: ['carePlan'], orderBy: { raisedAt: 'asc', id: 'asc' }, limit, offset },
  );
  // The query already holds only the caller's plans; the plan access rule is applied again so the two cannot drift.
  const shown = flags.filter((flag) => accessTo(ctx, flag.carePlan) === 'THERAPIST');
  await Promise.all([...new Set(shown.map((flag) => flag.carePlan.id))].map((planId) => recordRead(ctx, planId, 'THERAPIST')));
  return toConnection(shown, totalCount, offset);
}

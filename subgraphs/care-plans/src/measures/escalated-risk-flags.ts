import type { AdminPageArgs, SubgraphContext } from '@caregraph/runtime';
import type { EscalatedRiskFlag, EscalatedRiskFlagPage } from './escalated-risk-flag.type';
import { RiskFlag } from './risk-flag.entity';

const HOUR_MS = 3_600_000;

/**
 * One page of the risk flags the `risk-flag-escalations` sweep escalated and nobody has acknowledged yet,
 * the one raised longest ago first. Ids and times only: the plan is not loaded, so nothing of its content
 * is read (and no access is recorded: an admin opening the plan goes through break-glass).
 */
export async function escalatedRiskFlags(ctx: SubgraphContext, args: AdminPageArgs, now: Date = new Date()): Promise<EscalatedRiskFlagPage> {
  const [flags, total] = await ctx.em.findAndCount(
    RiskFlag,
    { acknowledgedAt: null, escalatedAt: { $ne: null } },
    { fields: ['id', 'carePlan', 'raisedAt', 'escalatedAt'], orderBy: { raisedAt: 'asc', id: 'asc' }, limit: args.limit, offset: args.offset },
  );
  const items = flags.map(
    (flag): EscalatedRiskFlag => ({
      id: flag.id,
      carePlanId: flag.carePlan.id,
      raisedAt: flag.raisedAt,
      escalatedAt: flag.escalatedAt!,
      hoursOpen: Math.max(0, Math.floor((now.getTime() - flag.raisedAt.getTime()) / HOUR_MS)),
    }),
  );
  return { items, total };
}

import type { MiddlewareFn } from 'type-graphql';
import type { SubgraphContext } from '@caregraph/runtime';
import { recordRead } from './access-log.service';
import { assertMayReadContent, type PlanParties } from './care-plan-access';

/**
 * Guards a content field of `CarePlan`: only the client, their therapist or an admin with break-glass get
 * past, and the read is recorded before any content is served (docs/adr/012).
 */
export const CarePlanContent: MiddlewareFn<SubgraphContext> = async ({ root, context }, next) => {
  const plan = root as PlanParties;
  const access = assertMayReadContent(context, plan);
  // A break-glass use is recorded (with its reason) by the mutation that opened it.
  if (access !== 'BREAK_GLASS') await recordRead(context, plan.id, access);
  return next();
};

import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { SubgraphContext } from '@caregraph/runtime';
import { AccessAction, type AccessRecordType } from './access-action';
import { CarePlanAccessEntry } from './care-plan-access-entry.entity';

/** The role an access is recorded under: the one that gave the caller access. */
function actingRole(planAccess: 'CLIENT' | 'THERAPIST' | 'BREAK_GLASS'): string {
  return planAccess === 'BREAK_GLASS' ? 'ADMIN' : planAccess;
}

/**
 * Records that the caller read `planId`'s content. Once per plan per request however many fields are read;
 * all plans read in one tick are one INSERT. Resolves once the row is written, so content is never served
 * unrecorded.
 */
export function recordRead(ctx: SubgraphContext, planId: string, planAccess: 'CLIENT' | 'THERAPIST' | 'BREAK_GLASS'): Promise<true> {
  return ctx
    .loader<string, true>(`CarePlanAccess.read:${planAccess}`, async (planIds) => {
      // A native insert runs no constructors: id, reason and time are given here.
      const at = new Date();
      await ctx.em.insertMany(
        CarePlanAccessEntry,
        planIds.map((carePlanId) => ({
          id: randomUUID(),
          at,
          reason: null,
          carePlanId,
          actorId: ctx.caller.userId!,
          actorRole: actingRole(planAccess),
          action: AccessAction.READ,
          recordType: 'CarePlan',
          recordId: carePlanId,
          requestId: ctx.requestId,
        })),
      );
      return planIds.map(() => true as const);
    })
    .load(planId);
}

/** Adds an audit row for a write (or a break-glass use) to the transaction `tx`, so it commits with the change or not at all. */
export function recordWrite(
  tx: EntityManager,
  ctx: SubgraphContext,
  entry: { carePlanId: string; action: AccessAction; recordType: AccessRecordType; recordId: string; actorRole: string; reason?: string },
): void {
  tx.create(CarePlanAccessEntry, {
    carePlanId: entry.carePlanId,
    actorId: ctx.caller.userId!,
    actorRole: entry.actorRole,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId,
    reason: entry.reason ?? null,
    requestId: ctx.requestId,
  });
}

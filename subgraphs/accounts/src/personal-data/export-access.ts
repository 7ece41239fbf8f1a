import { ForbiddenError, UnauthenticatedError, type SubgraphContext } from '@caregraph/runtime';

/** Only the person themselves may read their export: not admins, not the platform itself. */
export function assertOwnExport(ctx: SubgraphContext, userId: string): void {
  if (!ctx.caller.userId) throw new UnauthenticatedError();
  if (ctx.caller.userId !== userId || ctx.caller.roles.includes('SYSTEM')) {
    throw new ForbiddenError('Only the person themselves can read their personal data export.');
  }
}

import type { SubgraphContext } from '@caregraph/runtime';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { WebhookManager } from './webhook-access';
import type { WebhookAuditAction } from './webhook-audit-action';
import { WebhookAuditEntry } from './webhook-audit.entity';

/** Adds a record to the organisation's webhook history, written by the caller's flush in the caller's transaction. */
export function recordWebhookAudit(
  em: EntityManager,
  ctx: SubgraphContext,
  manager: WebhookManager,
  record: { endpointId: string; action: WebhookAuditAction; details?: Record<string, unknown> },
): void {
  em.create(WebhookAuditEntry, {
    organisationId: manager.organisationId,
    endpointId: record.endpointId,
    actorKind: manager.standing,
    actorId: ctx.caller.machine?.clientId ?? ctx.caller.userId!,
    action: record.action,
    details: record.details ?? {},
  });
}

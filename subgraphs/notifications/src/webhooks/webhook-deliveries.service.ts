import { LockMode } from '@mikro-orm/core';
import { ConflictError, NotFoundError, UserInputError } from '@caregraph/kernel';
import { isUuid, type SubgraphContext } from '@caregraph/runtime';
import { recordManager } from './webhook-access';
import { recordWebhookAudit } from './webhook-audit';
import { WebhookAuditAction } from './webhook-audit-action';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookDeliveryStatus } from './webhook-delivery-status';
import type { WebhookDeliveryPage } from './webhook-delivery-page.type';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEndpointStatus } from './webhook-endpoint-status';

/** One page of an endpoint's delivery log, newest first (the endpoint already checked for the caller). */
export async function deliveriesOfEndpoint(ctx: SubgraphContext, endpoint: WebhookEndpoint, page: { status?: WebhookDeliveryStatus | null; limit: number; offset: number }): Promise<WebhookDeliveryPage> {
  const where = { endpoint: endpoint.id, ...(page.status ? { status: page.status } : {}) };
  const [items, total] = await ctx.em.findAndCount(WebhookDelivery, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset });
  return { items, total };
}

/**
 * Sends a delivery again from scratch (PENDING, no attempts, one more replay, queued for the worker), in ONE
 * transaction with the queue job (the `queue_webhook_delivery` function, as for notification retries). The
 * event keeps its id, so a receiver that had it already recognises it. Two replays at once: the row lock
 * makes the second find it PENDING, which is CONFLICT.
 */
export async function replayWebhookDelivery(ctx: SubgraphContext, id: string, maxAttempts: number): Promise<WebhookDelivery> {
  if (!isUuid(id)) throw new UserInputError('id', 'id must be a webhook delivery id.');
  return ctx.em.transactional(async (tx) => {
    const delivery = await tx.findOne(WebhookDelivery, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['endpoint'] });
    if (!delivery) throw new NotFoundError('WebhookDelivery', id);
    const manager = await recordManager(ctx, delivery.endpoint.organisationId, { entity: 'WebhookDelivery', id });
    if (delivery.status === WebhookDeliveryStatus.PENDING) throw new ConflictError(`Webhook delivery ${id} is already queued.`);
    if (delivery.endpoint.status !== WebhookEndpointStatus.ACTIVE) throw new ConflictError('The endpoint is disabled: turn it on before replaying its deliveries.');
    delivery.status = WebhookDeliveryStatus.PENDING;
    delivery.attempts = 0;
    delivery.lastError = null;
    delivery.replays += 1;
    recordWebhookAudit(tx, ctx, manager, { endpointId: delivery.endpoint.id, action: WebhookAuditAction.DELIVERY_REPLAYED, details: { deliveryId: delivery.id } });
    await tx.flush();
    await tx.execute('select queue_webhook_delivery(?::uuid, ?::int)', [id, maxAttempts]);
    return delivery;
  });
}

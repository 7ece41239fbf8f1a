import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '@caregraph/kernel';
import { isUuid, lockUntilCommit, type SubgraphContext } from '@caregraph/runtime';
import type { NotificationsConfig } from '../config';
import { recordManager, requireOrganisationItself, webhookManager, type WebhookManager } from './webhook-access';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type { CreateWebhookEndpointInput, RotateWebhookSecretInput, UpdateWebhookEndpointInput } from './webhook-endpoint.input';
import { WebhookEndpointStatus } from './webhook-endpoint-status';
import type { WebhookEndpointWithSecret } from './webhook-endpoint-secret.type';
import { newWebhookSecret } from './webhook-secret';
import { WebhookSecret } from './webhook-secret.entity';
import { validateWebhookUrl } from './webhook-url';
import { recordWebhookAudit } from './webhook-audit';
import { WebhookAuditAction } from './webhook-audit-action';
import { WebhookAuditEntry } from './webhook-audit.entity';

/** Most endpoints one organisation may have. */
export const MAX_ENDPOINTS_PER_ORGANISATION = 10;

type Config = Pick<NotificationsConfig, 'webhookSecrets' | 'webhooksAllowLocalEndpoints'>;

/** FORBIDDEN naming `eventTypes` when the organisation may not read referrals, so may not hear of them either. */
function requireReferralEvents(manager: WebhookManager): void {
  if (!manager.mayHearReferrals) {
    throw new ForbiddenError("Every webhook event is about the organisation's referrals: the organisation (and, for a system, its token) needs the scope referrals:read or referrals:write.");
  }
}

function uniqueEventTypes<T>(types: readonly T[]): T[] {
  return [...new Set(types)];
}

function addSecret(tx: EntityManager, endpoint: WebhookEndpoint, config: Config): string {
  const secret = newWebhookSecret();
  tx.persist(tx.create(WebhookSecret, { endpoint, secretCiphertext: config.webhookSecrets.encrypt(secret, endpoint.id) }));
  return secret;
}

async function assertUrlFree(tx: EntityManager, organisationId: string, url: string, exceptId?: string): Promise<void> {
  const taken = await tx.findOne(WebhookEndpoint, { organisationId, url, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  if (taken) throw new ConflictError('The organisation already has an endpoint with this URL.', 'CONFLICT', 'url');
}

/**
 * An endpoint the caller may see, locked for the rest of the transaction when `lock` (to change it); NOT_FOUND
 * for one that does not exist or belongs to an organisation the caller is not in.
 */
export async function managedEndpoint(ctx: SubgraphContext, em: EntityManager, id: string, lock = true): Promise<{ endpoint: WebhookEndpoint; manager: WebhookManager }> {
  if (!isUuid(id)) throw new UserInputError('id', 'id must be a webhook endpoint id.');
  const endpoint = await em.findOne(WebhookEndpoint, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!endpoint) throw new NotFoundError('WebhookEndpoint', id);
  return { endpoint, manager: await recordManager(ctx, endpoint.organisationId, { entity: 'WebhookEndpoint', id }) };
}

/**
 * Adds an endpoint with its first secret, in one transaction. Endpoints of one organisation are added one
 * at a time (an advisory lock), so 50 identical requests at once make one endpoint and 49 CONFLICTs, and
 * no burst passes the limit.
 */
export async function createWebhookEndpoint(ctx: SubgraphContext, input: CreateWebhookEndpointInput, config: Config): Promise<WebhookEndpointWithSecret> {
  const manager = await webhookManager(ctx, input.organisationId);
  requireOrganisationItself(manager);
  requireReferralEvents(manager);
  const url = validateWebhookUrl(input.url, config.webhooksAllowLocalEndpoints);
  return ctx.em.transactional(async (tx) => {
    await lockUntilCommit(tx, `webhook-endpoints:${manager.organisationId}`);
    await assertUrlFree(tx, manager.organisationId, url);
    const count = await tx.count(WebhookEndpoint, { organisationId: manager.organisationId });
    if (count >= MAX_ENDPOINTS_PER_ORGANISATION) throw new ConflictError(`An organisation can have at most ${MAX_ENDPOINTS_PER_ORGANISATION} endpoints: delete one first.`);
    const endpoint = tx.create(WebhookEndpoint, { organisationId: manager.organisationId, url, description: input.description?.trim() || null, eventTypes: uniqueEventTypes(input.eventTypes) });
    tx.persist(endpoint);
    const secret = addSecret(tx, endpoint, config);
    recordWebhookAudit(tx, ctx, manager, { endpointId: endpoint.id, action: WebhookAuditAction.ENDPOINT_CREATED, details: { url, eventTypes: endpoint.eventTypes } });
    await tx.flush();
    ctx.logger.info({ webhookEndpointId: endpoint.id, organisationId: manager.organisationId, by: manager.standing }, 'webhook endpoint created');
    return { endpoint, secret };
  });
}

/** Changes an endpoint's URL, description, events or status. Caregraph's admins may only change its status. */
export async function updateWebhookEndpoint(ctx: SubgraphContext, input: UpdateWebhookEndpointInput, config: Config): Promise<WebhookEndpoint> {
  return ctx.em.transactional(async (tx) => {
    const { endpoint, manager } = await managedEndpoint(ctx, tx, input.id);
    const changesMoreThanStatus = input.url != null || input.description != null || input.eventTypes != null;
    if (changesMoreThanStatus) {
      requireOrganisationItself(manager);
      requireReferralEvents(manager);
    }
    if (input.url != null) {
      const url = validateWebhookUrl(input.url, config.webhooksAllowLocalEndpoints);
      await lockUntilCommit(tx, `webhook-endpoints:${endpoint.organisationId}`);
      await assertUrlFree(tx, endpoint.organisationId, url, endpoint.id);
      endpoint.url = url;
    }
    if (input.description != null) endpoint.description = input.description.trim() || null;
    if (input.eventTypes != null) endpoint.eventTypes = uniqueEventTypes(input.eventTypes);
    if (changesMoreThanStatus) {
      recordWebhookAudit(tx, ctx, manager, { endpointId: endpoint.id, action: WebhookAuditAction.ENDPOINT_CHANGED, details: { url: endpoint.url, eventTypes: endpoint.eventTypes } });
    }
    if (input.status != null && input.status !== endpoint.status) {
      if (input.status === WebhookEndpointStatus.ACTIVE && manager.standing === 'PLATFORM_ADMIN') {
        throw new ForbiddenError("Only the organisation turns its endpoint back on.");
      }
      endpoint.status = input.status;
      const action = input.status === WebhookEndpointStatus.ACTIVE ? WebhookAuditAction.ENDPOINT_ENABLED : WebhookAuditAction.ENDPOINT_DISABLED;
      recordWebhookAudit(tx, ctx, manager, { endpointId: endpoint.id, action });
    }
    await tx.flush();
    return endpoint;
  });
}

/**
 * A new signing secret, shown once. The previous ones keep signing for `keepPreviousForMinutes` (each
 * delivery then carries a signature per secret); those already expired are deleted.
 */
export async function rotateWebhookSecret(ctx: SubgraphContext, input: RotateWebhookSecretInput, config: Config): Promise<WebhookEndpointWithSecret> {
  return ctx.em.transactional(async (tx) => {
    const { endpoint, manager } = await managedEndpoint(ctx, tx, input.id);
    requireOrganisationItself(manager);
    const now = new Date();
    const until = new Date(now.getTime() + input.keepPreviousForMinutes * 60_000);
    await tx.nativeDelete(WebhookSecret, { endpoint, expiresAt: { $lte: now } });
    await tx.nativeUpdate(WebhookSecret, { endpoint, $or: [{ expiresAt: null }, { expiresAt: { $gt: until } }] }, { expiresAt: until });
    const secret = addSecret(tx, endpoint, config);
    endpoint.secretRotatedAt = now;
    recordWebhookAudit(tx, ctx, manager, { endpointId: endpoint.id, action: WebhookAuditAction.SECRET_ROTATED, details: { keepPreviousForMinutes: input.keepPreviousForMinutes } });
    await tx.flush();
    return { endpoint, secret };
  });
}

/** Deletes an endpoint, its secrets and its delivery log; events not yet sent to it are not sent. */
export async function deleteWebhookEndpoint(ctx: SubgraphContext, id: string): Promise<string> {
  return ctx.em.transactional(async (tx) => {
    const { endpoint, manager } = await managedEndpoint(ctx, tx, id);
    requireOrganisationItself(manager);
    await tx.nativeDelete(WebhookEndpoint, { id: endpoint.id });
    recordWebhookAudit(tx, ctx, manager, { endpointId: endpoint.id, action: WebhookAuditAction.ENDPOINT_DELETED, details: { url: endpoint.url } });
    await tx.flush();
    return endpoint.id;
  });
}

/** The organisation's endpoints, oldest first. */
export async function listWebhookEndpoints(ctx: SubgraphContext, organisationId: string | null | undefined): Promise<WebhookEndpoint[]> {
  const manager = await webhookManager(ctx, organisationId);
  return ctx.em.find(WebhookEndpoint, { organisationId: manager.organisationId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** How many history records `webhookHistory` shows: the latest ones. */
export const WEBHOOK_HISTORY_SHOWN = 100;

/** The organisation's webhook history, newest first (the latest 100). */
export async function webhookHistory(ctx: SubgraphContext, organisationId: string | null | undefined): Promise<WebhookAuditEntry[]> {
  const manager = await webhookManager(ctx, organisationId);
  return ctx.em.find(WebhookAuditEntry, { organisationId: manager.organisationId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: WEBHOOK_HISTORY_SHOWN });
}

/** One endpoint the caller may see; NOT_FOUND for one that does not exist or belongs to an organisation they are not in. */
export async function findWebhookEndpoint(ctx: SubgraphContext, id: string): Promise<WebhookEndpoint> {
  return (await managedEndpoint(ctx, ctx.em, id, false)).endpoint;
}

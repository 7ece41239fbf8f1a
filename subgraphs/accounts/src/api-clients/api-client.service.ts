import { ConflictError, NotFoundError, UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inCatalogueOrder } from '../organisations/api-scope';
import { requireStanding } from '../organisations/organisation-access';
import { OrganisationAuditAction } from '../organisations/organisation-audit-action';
import { recordOrganisationAudit } from '../organisations/organisation-audit';
import { Organisation } from '../organisations/organisation.entity';
import type { AccountsServices } from '../services';
import { hashClientSecret, newClientSecret } from './api-client-secret';
import type { ApiClientWithSecret } from './api-client-secret.type';
import { ApiClient } from './api-client.entity';
import { endClientTokens } from './end-client-tokens';
import type { CreateApiClientInput, RevokeApiClientInput, RotateApiClientSecretInput } from './api-client.input';

/** Most working API clients one organisation may have: enough for every system, few enough to keep track of. */
export const MAX_ACTIVE_CLIENTS = 20;

const MANAGERS = ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN'] as const;

/**
 * Runs a change to an organisation's API clients in one transaction with its audit record. The
 * organisation is locked, so changes to its clients happen one at a time (50 creations at once cannot
 * pass the limit together); the caller must be its admin or Caregraph's, checked in the database.
 */
async function asClientManager<T>(ctx: SubgraphContext, organisationId: string, work: (em: EntityManager, actorId: string, organisation: Organisation) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (em) => {
    await requireStanding(ctx, em, organisationId, MANAGERS);
    const organisation = await em.findOne(Organisation, organisationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!organisation) throw new NotFoundError('Organisation', organisationId);
    return work(em, ctx.caller.userId!, organisation);
  });
}

/** The organisation an API client belongs to, for a change to the client (NOT_FOUND when there is none). */
async function organisationOfClient(ctx: SubgraphContext, apiClientId: string): Promise<string> {
  const client = await ctx.em.fork().findOne(ApiClient, apiClientId, { fields: ['organisation'] });
  if (!client) throw new NotFoundError('ApiClient', apiClientId);
  return client.organisation.id;
}

/** Creates an API client with a new secret, shown once. The organisation must be verified and have the scopes. */
export function createApiClient(ctx: SubgraphContext, input: CreateApiClientInput): Promise<ApiClientWithSecret> {
  return asClientManager(ctx, input.organisationId, async (em, actorId, organisation) => {
    if (!organisation.verifiedAt) throw new ConflictError('This organisation is not verified yet: a Caregraph admin verifies it before it can have API clients.');
    const missing = input.scopes.filter((scope) => !organisation.grantedScopes.includes(scope));
    if (missing.length > 0) throw new UserInputError('scopes', `The organisation has not been given ${missing.join(', ')}: a client can only hold scopes its organisation has.`);
    if ((await em.count(ApiClient, { organisation, revokedAt: null })) >= MAX_ACTIVE_CLIENTS) {
      throw new ConflictError(`The organisation already has ${MAX_ACTIVE_CLIENTS} working API clients: revoke one it no longer uses first.`);
    }
    const clientSecret = newClientSecret();
    const apiClient = em.create(ApiClient, { organisation, name: input.name.trim(), scopes: inCatalogueOrder(input.scopes), secretHash: hashClientSecret(clientSecret), createdById: actorId });
    recordOrganisationAudit(em, { organisationId: organisation.id, actorId, action: OrganisationAuditAction.API_CLIENT_CREATED, subjectId: apiClient.id, details: { name: apiClient.name, scopes: apiClient.scopes } });
    await em.flush();
    return { apiClient, clientSecret };
  });
}

/**
 * Gives an API client a new secret, shown once. The old one keeps working for the minutes asked, so the
 * system can switch without a gap; with 0 it stops now and the tokens it got stop working too.
 */
export async function rotateApiClientSecret(ctx: SubgraphContext, input: RotateApiClientSecretInput, services: AccountsServices): Promise<ApiClientWithSecret> {
  const organisationId = await organisationOfClient(ctx, input.apiClientId);
  return asClientManager(ctx, organisationId, async (em, actorId) => {
    const apiClient = await em.findOneOrFail(ApiClient, input.apiClientId);
    if (apiClient.revokedAt) throw new ConflictError('This API client is revoked: create a new one instead.');
    const clientSecret = newClientSecret();
    const now = new Date();
    apiClient.previousSecretHash = input.keepPreviousForMinutes > 0 ? apiClient.secretHash : null;
    apiClient.previousSecretExpiresAt = input.keepPreviousForMinutes > 0 ? new Date(now.getTime() + input.keepPreviousForMinutes * 60_000) : null;
    apiClient.secretHash = hashClientSecret(clientSecret);
    apiClient.secretCreatedAt = now;
    if (input.keepPreviousForMinutes === 0) await endClientTokens(em, apiClient, services.config.accessTokenTtlSeconds);
    recordOrganisationAudit(em, {
      organisationId,
      actorId,
      action: OrganisationAuditAction.API_CLIENT_SECRET_ROTATED,
      subjectId: apiClient.id,
      details: { previousSecretExpiresAt: apiClient.previousSecretExpiresAt?.toISOString() ?? null, tokensEnded: input.keepPreviousForMinutes === 0 },
    });
    await em.flush();
    return { apiClient, clientSecret };
  });
}

/** Revokes an API client: no more tokens, and the ones it has stop working within seconds. CONFLICT when already revoked. */
export async function revokeApiClient(ctx: SubgraphContext, input: RevokeApiClientInput, services: AccountsServices): Promise<ApiClient> {
  const organisationId = await organisationOfClient(ctx, input.apiClientId);
  return asClientManager(ctx, organisationId, async (em, actorId) => {
    const apiClient = await em.findOneOrFail(ApiClient, input.apiClientId);
    if (apiClient.revokedAt) throw new ConflictError('This API client is already revoked.');
    apiClient.revokedAt = new Date();
    apiClient.previousSecretHash = null;
    apiClient.previousSecretExpiresAt = null;
    await endClientTokens(em, apiClient, services.config.accessTokenTtlSeconds);
    recordOrganisationAudit(em, { organisationId, actorId, action: OrganisationAuditAction.API_CLIENT_REVOKED, subjectId: apiClient.id, details: { revokedAt: apiClient.revokedAt.toISOString() } });
    await em.flush();
    return apiClient;
  });
}

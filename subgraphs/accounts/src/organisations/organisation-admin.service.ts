import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiClient } from '../api-clients/api-client.entity';
import { endClientTokens } from '../api-clients/end-client-tokens';
import type { AccountsServices } from '../services';
import { findUserByEmail } from '../users/user-lookup';
import { inCatalogueOrder, intersectScopes } from './api-scope';
import { OrganisationAuditAction } from './organisation-audit-action';
import { recordOrganisationAudit } from './organisation-audit';
import { isOpenPlatformAdmin } from './organisation-access';
import { Organisation } from './organisation.entity';
import { OrganisationKind } from './organisation-kind';
import { OrganisationMember } from './organisation-member.entity';
import type { AddOrganisationMemberInput, CreateOrganisationInput, RemoveOrganisationMemberInput, SetOrganisationScopesInput } from './organisation.input';

const GP_PRACTICE_CODE = /^[A-Z]\d{5}$/;
const ODS_CODE = /^[A-Z0-9]{3,10}$/;

/** The ODS code in its stored form (upper case, trimmed), checked against the organisation's kind. */
function odsCodeFor(kind: OrganisationKind, given: string | null | undefined): string | null {
  const code = given?.trim().toUpperCase() || null;
  if (kind === OrganisationKind.GP_PRACTICE) {
    if (!code) throw new UserInputError('odsCode', 'odsCode is required for a GP practice: its ODS code, one letter and five digits (e.g. A81001).');
    if (!GP_PRACTICE_CODE.test(code)) throw new UserInputError('odsCode', 'odsCode of a GP practice must be one letter and five digits (e.g. A81001).');
  } else if (code && !ODS_CODE.test(code)) {
    throw new UserInputError('odsCode', 'odsCode must be 3 to 10 letters and digits (e.g. RX4).');
  }
  return code;
}

/**
 * Runs an admin's change to an organisation in one transaction with its audit record, the organisation
 * locked so that changes to it happen one at a time. The actor is checked in the database.
 */
async function asPlatformAdmin<T>(ctx: SubgraphContext, organisationId: string | null, work: (em: EntityManager, actorId: string, organisation: Organisation | null) => Promise<T>): Promise<T> {
  return ctx.em.transactional(async (em) => {
    if (!(await isOpenPlatformAdmin(em, ctx.caller.userId))) throw new ForbiddenError('Only an admin whose account is open can do this.');
    const organisation = organisationId ? await em.findOne(Organisation, organisationId, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (organisationId && !organisation) throw new NotFoundError('Organisation', organisationId);
    return work(em, ctx.caller.userId!, organisation);
  });
}

/** Adds an organisation, unverified. CONFLICT naming `odsCode` when another organisation has that code. */
export function createOrganisation(ctx: SubgraphContext, input: CreateOrganisationInput): Promise<Organisation> {
  const odsCode = odsCodeFor(input.kind, input.odsCode);
  const taken = () => new ConflictError(`Another organisation already has the ODS code ${odsCode}.`, undefined, 'odsCode');
  return asPlatformAdmin(ctx, null, async (em, actorId) => {
    // The unique index decides a race; this check gives the usual case a clear answer.
    if (odsCode && (await em.count(Organisation, { odsCode }))) throw taken();
    const organisation = em.create(Organisation, { name: input.name.trim(), kind: input.kind, odsCode, grantedScopes: inCatalogueOrder(input.grantedScopes) });
    recordOrganisationAudit(em, { organisationId: organisation.id, actorId, action: OrganisationAuditAction.CREATED, details: { name: organisation.name, kind: organisation.kind, odsCode, grantedScopes: organisation.grantedScopes } });
    await em.flush();
    return organisation;
  }).catch((error: unknown) => {
    throw error instanceof UniqueConstraintViolationException ? taken() : error;
  });
}

/** Records that an admin has verified who the organisation is. CONFLICT when it already is. */
export function verifyOrganisation(ctx: SubgraphContext, organisationId: string): Promise<Organisation> {
  return asPlatformAdmin(ctx, organisationId, async (em, actorId, organisation) => {
    if (organisation!.verifiedAt) throw new ConflictError('This organisation is already verified.');
    organisation!.verifiedAt = new Date();
    recordOrganisationAudit(em, { organisationId, actorId, action: OrganisationAuditAction.VERIFIED, details: { verifiedAt: organisation!.verifiedAt.toISOString() } });
    await em.flush();
    return organisation!;
  });
}

/**
 * Sets what an organisation's systems may do. A scope taken away is taken from every API client of the
 * organisation too, and the tokens of those clients stop working (they ask for new ones with what is left).
 */
export function setOrganisationScopes(ctx: SubgraphContext, input: SetOrganisationScopesInput, services: AccountsServices): Promise<Organisation> {
  return asPlatformAdmin(ctx, input.organisationId, async (em, actorId, organisation) => {
    const before = organisation!.grantedScopes;
    const after = inCatalogueOrder(input.grantedScopes);
    const removed = before.filter((scope) => !after.includes(scope));
    organisation!.grantedScopes = after;
    let clientsNarrowed = 0;
    if (removed.length > 0) {
      for (const client of await em.find(ApiClient, { organisation: organisation!, revokedAt: null })) {
        if (!client.scopes.some((scope) => removed.includes(scope))) continue;
        client.scopes = intersectScopes(client.scopes, after);
        await endClientTokens(em, client, services.config.accessTokenTtlSeconds);
        clientsNarrowed += 1;
      }
    }
    recordOrganisationAudit(em, { organisationId: organisation!.id, actorId, action: OrganisationAuditAction.SCOPES_CHANGED, details: { before, after, clientsNarrowed } });
    await em.flush();
    return organisation!;
  });
}

/** Adds a person (by their account's e-mail) to an organisation, or changes their role there. */
export function addOrganisationMember(ctx: SubgraphContext, input: AddOrganisationMemberInput): Promise<Organisation> {
  return asPlatformAdmin(ctx, input.organisationId, async (em, actorId, organisation) => {
    const user = await findUserByEmail(em, input.email);
    if (!user) throw new UserInputError('email', 'No Caregraph account uses this e-mail address: ask the person to create one first.');
    const existing = await em.findOne(OrganisationMember, { organisation: organisation!, user });
    if (existing?.role === input.role) throw new ConflictError(`This person is already ${input.role === 'ADMIN' ? 'an admin' : 'a member'} of the organisation.`);
    const before = existing ? { role: existing.role } : {};
    if (existing) existing.role = input.role;
    else em.create(OrganisationMember, { organisation: organisation!, user, role: input.role });
    recordOrganisationAudit(em, { organisationId: organisation!.id, actorId, action: OrganisationAuditAction.MEMBER_ADDED, subjectId: user.id, details: { before, after: { role: input.role } } });
    await em.flush();
    return organisation!;
  });
}

/** Removes a person from an organisation. NOT_FOUND when they are not in it. */
export function removeOrganisationMember(ctx: SubgraphContext, input: RemoveOrganisationMemberInput): Promise<Organisation> {
  return asPlatformAdmin(ctx, input.organisationId, async (em, actorId, organisation) => {
    const membership = await em.findOne(OrganisationMember, { organisation: organisation!, user: input.userId });
    if (!membership) throw new NotFoundError('OrganisationMember', input.userId);
    em.remove(membership);
    recordOrganisationAudit(em, { organisationId: organisation!.id, actorId, action: OrganisationAuditAction.MEMBER_REMOVED, subjectId: input.userId, details: { before: { role: membership.role } } });
    await em.flush();
    return organisation!;
  });
}

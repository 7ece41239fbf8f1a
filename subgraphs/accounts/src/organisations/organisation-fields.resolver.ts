import type { SubgraphContext } from '@caregraph/runtime';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ApiClient } from '../api-clients/api-client.entity';
import { requireStanding } from './organisation-access';
import { OrganisationAuditEntry } from './organisation-audit.entity';
import { Organisation } from './organisation.entity';
import { OrganisationMember } from './organisation-member.entity';

/** Most history entries shown at once, newest first. */
const HISTORY_SHOWN = 100;

/** What is shown about an organisation to whom: members to its people, clients and history to its admins. */
@Resolver(() => Organisation)
export class OrganisationFieldsResolver {
  @FieldResolver(() => [OrganisationMember], { description: "Its people and their roles, by name: for its admins, members and Caregraph's admins." })
  async members(@Root() organisation: Organisation, @Ctx() ctx: SubgraphContext): Promise<OrganisationMember[]> {
    await requireStanding(ctx, ctx.em, organisation.id, ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'MEMBER']);
    return ctx.em.find(OrganisationMember, { organisation }, { populate: ['user'], orderBy: { user: { displayName: 'asc' } } });
  }

  @FieldResolver(() => [ApiClient], { description: "Its API clients, working ones first, newest first: for its admins and Caregraph's admins." })
  async apiClients(@Root() organisation: Organisation, @Ctx() ctx: SubgraphContext): Promise<ApiClient[]> {
    await requireStanding(ctx, ctx.em, organisation.id, ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN']);
    return ctx.em.find(ApiClient, { organisation }, { orderBy: [{ revokedAt: 'desc nulls first' }, { createdAt: 'desc' }, { id: 'asc' }] });
  }

  @FieldResolver(() => [OrganisationAuditEntry], { description: `What was done to it, its members and API clients, newest first (the latest ${HISTORY_SHOWN}): for its admins and Caregraph's admins.` })
  async history(@Root() organisation: Organisation, @Ctx() ctx: SubgraphContext): Promise<OrganisationAuditEntry[]> {
    await requireStanding(ctx, ctx.em, organisation.id, ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN']);
    return ctx.em.find(OrganisationAuditEntry, { organisationId: organisation.id }, { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], limit: HISTORY_SHOWN });
  }
}

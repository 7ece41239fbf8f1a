import { NotFoundError, UnauthenticatedError } from '@caregraph/kernel';
import { isUuid, requireApiScope, type SubgraphContext } from '@caregraph/runtime';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AccountsServices } from '../services';
import { AdminOrganisationPage, AdminOrganisationsArgs, listOrganisationsForAdmin } from './admin-organisations';
import { ApiScope } from './api-scope';
import { addOrganisationMember, createOrganisation, removeOrganisationMember, setOrganisationScopes, verifyOrganisation } from './organisation-admin.service';
import { requireStanding } from './organisation-access';
import { Organisation } from './organisation.entity';
import { OrganisationMember } from './organisation-member.entity';
import { AddOrganisationMemberInput, CreateOrganisationInput, RemoveOrganisationMemberInput, SetOrganisationScopesInput } from './organisation.input';

const ADMINS_ONLY = 'Recorded in the organisation\'s history with your id. UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins.';

@Resolver()
export class OrganisationResolver {
  constructor(private readonly services: AccountsServices) {}

  @Query(() => Organisation, {
    description: "One organisation: for Caregraph's admins, its own members, and its own systems with `organisation:read`. NOT_FOUND for anyone else, as for an id that does not exist.",
  })
  async organisation(@Arg('id', () => ID, { description: 'The organisation.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<Organisation> {
    await requireStanding(ctx, ctx.em, id, ['PLATFORM_ADMIN', 'ORGANISATION_ADMIN', 'MEMBER', 'OWN_SYSTEM']);
    // An admin has a standing towards any id: one that names no organisation is NOT_FOUND, not a failure.
    const organisation = isUuid(id) ? await ctx.em.findOne(Organisation, id) : null;
    if (!organisation) throw new NotFoundError('Organisation', id);
    return organisation;
  }

  @Authorized()
  @Query(() => [OrganisationMember], { description: 'The organisations the signed-in person belongs to, with their role in each, by name.' })
  async myOrganisations(@Ctx() ctx: SubgraphContext): Promise<OrganisationMember[]> {
    return ctx.em.find(OrganisationMember, { user: ctx.caller.userId! }, { populate: ['organisation'], orderBy: { organisation: { name: 'asc' } } });
  }

  @Query(() => Organisation, { description: "An organisation system's own organisation (needs a token with `organisation:read`)." })
  async currentOrganisation(@Ctx() ctx: SubgraphContext): Promise<Organisation> {
    const machine = requireApiScope(ctx, ApiScope.ORGANISATION_READ);
    const organisation = await ctx.em.findOne(Organisation, machine.organisationId);
    if (!organisation) throw new UnauthenticatedError('This token\'s organisation no longer exists.');
    return organisation;
  }

  @Authorized('ADMIN')
  @Query(() => AdminOrganisationPage, { description: 'Admins: organisations, those waiting to be verified first, one page at a time. UNAUTHENTICATED when not signed in; FORBIDDEN for anyone but admins.' })
  adminOrganisations(@Args(() => AdminOrganisationsArgs) args: AdminOrganisationsArgs, @Ctx() ctx: SubgraphContext): Promise<AdminOrganisationPage> {
    return listOrganisationsForAdmin(ctx.em, args);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation, { description: `Admins: adds an organisation, unverified. BAD_USER_INPUT naming the field for a bad name or ODS code; CONFLICT naming \`odsCode\` when another organisation has it. ${ADMINS_ONLY}` })
  createOrganisation(@Arg('input', () => CreateOrganisationInput, { description: "Its name, kind, ODS code and scopes." }) input: CreateOrganisationInput, @Ctx() ctx: SubgraphContext): Promise<Organisation> {
    return createOrganisation(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation, { description: `Admins: records that you have checked who the organisation is; its admins can then create API clients. CONFLICT when already verified. ${ADMINS_ONLY}` })
  verifyOrganisation(@Arg('id', () => ID, { description: 'The organisation.' }) id: string, @Ctx() ctx: SubgraphContext): Promise<Organisation> {
    return verifyOrganisation(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation, { description: `Admins: sets what the organisation's systems may do. A scope taken away is taken from its API clients, and their tokens stop working within seconds. ${ADMINS_ONLY}` })
  setOrganisationScopes(@Arg('input', () => SetOrganisationScopesInput, { description: "The organisation and every scope it has from now on." }) input: SetOrganisationScopesInput, @Ctx() ctx: SubgraphContext): Promise<Organisation> {
    return setOrganisationScopes(ctx, input, this.services);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation, { description: `Admins: adds a person with a Caregraph account to the organisation, or changes their role there. BAD_USER_INPUT naming \`email\` when no account uses it; CONFLICT when they already have that role. ${ADMINS_ONLY}` })
  addOrganisationMember(@Arg('input', () => AddOrganisationMemberInput, { description: "The organisation, the person's e-mail address and their role." }) input: AddOrganisationMemberInput, @Ctx() ctx: SubgraphContext): Promise<Organisation> {
    return addOrganisationMember(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation, { description: `Admins: removes a person from the organisation. NOT_FOUND when they are not in it. ${ADMINS_ONLY}` })
  removeOrganisationMember(@Arg('input', () => RemoveOrganisationMemberInput, { description: "The organisation and the person." }) input: RemoveOrganisationMemberInput, @Ctx() ctx: SubgraphContext): Promise<Organisation> {
    return removeOrganisationMember(ctx, input);
  }
}

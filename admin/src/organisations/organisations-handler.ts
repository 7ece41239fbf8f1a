import type { ApolloClient } from '@apollo/client';
import type { CreateParams, GetListParams, Identifier, UpdateParams } from 'ra-core';
import { HttpError } from 'ra-core';
import type { ApiScope, OrganisationDetailFragment, OrganisationKind, OrganisationRole } from '../gql/graphql';
import { toHttpError } from '../graphql/errors';
import { badInput, type ResourceHandler } from '../resource-kit/handler';
import { offsetWindow, readWindow } from '../resource-kit/paging';
import { ADD_ORGANISATION_MEMBER, ADMIN_ORGANISATION, ADMIN_ORGANISATIONS, CREATE_API_CLIENT, CREATE_ORGANISATION, REMOVE_ORGANISATION_MEMBER, REVOKE_API_CLIENT, VERIFY_ORGANISATION } from './operations';

/** What an admin does to an organisation from its page (`update` data). */
export type OrganisationActionData =
  | { action: 'verify' }
  | { action: 'addMember'; email: string; role: OrganisationRole }
  | { action: 'removeMember'; userId: string }
  | { action: 'revokeClient'; apiClientId: string };

/** The data provider's own method for API clients: the secret comes back once and is never stored by the dashboard. */
export interface OrganisationMethods {
  createApiClient(organisationId: Identifier, name: string, scopes: ApiScope[]): Promise<{ clientId: string; name: string; clientSecret: string }>;
}

// The graph's CONFLICT on an organisation ("already verified", "already a member") says it best.
const MESSAGES = { CONFLICT: null };

/** A field error of the graph named as the form's input is (`input.name` → `name`). */
function asFormError(error: unknown): HttpError {
  const http = toHttpError(error, MESSAGES);
  const fields = (http.body as { errors?: Record<string, string> } | undefined)?.errors;
  if (!fields) return http;
  const renamed = Object.fromEntries(Object.entries(fields).map(([field, message]) => [field.replace(/^input\./, ''), message]));
  return new HttpError(http.message, http.status, { ...(http.body as object), errors: renamed });
}

/** The `organisations` resource: the list (search, kind, verified), one organisation with its people, clients and history, creating one, and its actions. */
export function organisationsHandler(client: ApolloClient): ResourceHandler {
  async function getOne(id: Identifier): Promise<OrganisationDetailFragment> {
    const { data } = await client.query({ query: ADMIN_ORGANISATION, variables: { id: String(id) }, fetchPolicy: 'network-only' });
    if (!data?.organisation) throw new HttpError('There is no organisation with this id.', 404, { code: 'NOT_FOUND' });
    return data.organisation;
  }

  return {
    async getList(params: GetListParams) {
      const filter = params.filter ?? {};
      const { offset, limit } = offsetWindow(params);
      const search = typeof filter.q === 'string' && filter.q.trim() ? filter.q.trim() : undefined;
      const kind = typeof filter.kind === 'string' && filter.kind ? (filter.kind as OrganisationKind) : undefined;
      const verified = filter.verified === true || filter.verified === 'true' ? true : filter.verified === false || filter.verified === 'false' ? false : undefined;
      const { items, total } = await readWindow(offset, limit, async (o, l) => {
        const { data } = await client.query({ query: ADMIN_ORGANISATIONS, variables: { filter: { search, kind, verified }, offset: o, limit: l }, fetchPolicy: 'network-only' });
        return data!.adminOrganisations;
      });
      return { data: items, total };
    },

    getOne,

    async create(params: CreateParams) {
      const { name, kind, odsCode, grantedScopes } = (params.data ?? {}) as { name?: string; kind?: OrganisationKind; odsCode?: string; grantedScopes?: ApiScope[] };
      if (!name?.trim()) badInput('name', 'Name: please give the organisation’s name.');
      if (!kind) badInput('kind', 'Kind: please choose one.');
      try {
        const { data } = await client.mutate({ mutation: CREATE_ORGANISATION, variables: { input: { name: name.trim(), kind, odsCode: odsCode?.trim() || null, grantedScopes: grantedScopes ?? [] } } });
        return data!.createOrganisation;
      } catch (error) {
        throw asFormError(error);
      }
    },

    async update(params: UpdateParams) {
      const data = (params.data ?? {}) as Partial<OrganisationActionData>;
      const organisationId = String(params.id);
      try {
        switch (data.action) {
          case 'verify':
            return (await client.mutate({ mutation: VERIFY_ORGANISATION, variables: { id: organisationId } })).data!.verifyOrganisation;
          case 'addMember':
            if (!data.email?.trim()) badInput('email', 'E-mail address: please give the address of the person’s Caregraph account.');
            return (await client.mutate({ mutation: ADD_ORGANISATION_MEMBER, variables: { input: { organisationId, email: data.email.trim(), role: data.role ?? 'MEMBER' } } })).data!.addOrganisationMember;
          case 'removeMember':
            return (await client.mutate({ mutation: REMOVE_ORGANISATION_MEMBER, variables: { input: { organisationId, userId: data.userId! } } })).data!.removeOrganisationMember;
          case 'revokeClient':
            await client.mutate({ mutation: REVOKE_API_CLIENT, variables: { input: { apiClientId: data.apiClientId! } } });
            return getOne(organisationId);
          default:
            return badInput('action', 'Organisations are changed with the actions on their page.');
        }
      } catch (error) {
        throw asFormError(error);
      }
    },

    readOnlyMessage: 'Organisations are not deleted from the dashboard: revoke their API clients instead.',
  };
}

/** `createApiClient` for the data provider: the organisation's new client and its secret, shown once. */
export function organisationMethods(client: ApolloClient): OrganisationMethods {
  return {
    async createApiClient(organisationId, name, scopes) {
      if (!name.trim()) badInput('name', 'Name: say which system this client is for.');
      if (scopes.length === 0) badInput('scopes', 'Scopes: choose at least one.');
      try {
        const { data } = await client.mutate({ mutation: CREATE_API_CLIENT, variables: { input: { organisationId: String(organisationId), name: name.trim(), scopes } } });
        const created = data!.createApiClient;
        return { clientId: created.apiClient.id, name: created.apiClient.name, clientSecret: created.clientSecret };
      } catch (error) {
        throw asFormError(error);
      }
    },
  };
}

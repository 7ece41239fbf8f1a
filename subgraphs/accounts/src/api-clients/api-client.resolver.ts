import { UnauthenticatedError } from '@caregraph/kernel';
import { requireApiScope, type SubgraphContext } from '@caregraph/runtime';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ApiScope } from '../organisations/api-scope';
import type { AccountsServices } from '../services';
import { ApiClientWithSecret } from './api-client-secret.type';
import { ApiClient } from './api-client.entity';
import { CreateApiClientInput, RevokeApiClientInput, RotateApiClientSecretInput } from './api-client.input';
import { createApiClient, revokeApiClient, rotateApiClientSecret } from './api-client.service';

const MANAGERS = "For the organisation's admins and Caregraph's admins; recorded in the organisation's history. UNAUTHENTICATED when not signed in; NOT_FOUND for anyone outside the organisation; FORBIDDEN for its members who are not admins.";

@Resolver()
export class ApiClientResolver {
  constructor(private readonly services: AccountsServices) {}

  @Query(() => ApiClient, { description: "An organisation system's own API client: its name and scopes (needs a token with `organisation:read`)." })
  async currentApiClient(@Ctx() ctx: SubgraphContext): Promise<ApiClient> {
    const machine = requireApiScope(ctx, ApiScope.ORGANISATION_READ);
    const client = await ctx.em.findOne(ApiClient, { id: machine.clientId, revokedAt: null });
    if (!client) throw new UnauthenticatedError('This API client has been revoked.');
    return client;
  }

  @Authorized()
  @Mutation(() => ApiClientWithSecret, {
    description: `Creates an API client for a verified organisation and shows its secret, once. BAD_USER_INPUT naming \`scopes\` for a scope the organisation was not given; CONFLICT when the organisation is not verified or already has 20 working clients. ${MANAGERS}`,
  })
  createApiClient(@Arg('input', () => CreateApiClientInput, { description: "The organisation, a name and the scopes." }) input: CreateApiClientInput, @Ctx() ctx: SubgraphContext): Promise<ApiClientWithSecret> {
    return createApiClient(ctx, input);
  }

  @Authorized()
  @Mutation(() => ApiClientWithSecret, { description: `Gives an API client a new secret, shown once; the old one keeps working for \`keepPreviousForMinutes\`. CONFLICT when the client is revoked. ${MANAGERS}` })
  rotateApiClientSecret(@Arg('input', () => RotateApiClientSecretInput, { description: "The client and how long its old secret keeps working." }) input: RotateApiClientSecretInput, @Ctx() ctx: SubgraphContext): Promise<ApiClientWithSecret> {
    return rotateApiClientSecret(ctx, input, this.services);
  }

  @Authorized()
  @Mutation(() => ApiClient, { description: `Revokes an API client: it gets no more tokens, and the tokens it has stop working within seconds. CONFLICT when already revoked. ${MANAGERS}` })
  revokeApiClient(@Arg('input', () => RevokeApiClientInput, { description: "The client." }) input: RevokeApiClientInput, @Ctx() ctx: SubgraphContext): Promise<ApiClient> {
    return revokeApiClient(ctx, input, this.services);
  }
}

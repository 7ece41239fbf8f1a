import { UnauthenticatedError } from '@caregraph/kernel';
import type { SubgraphContext } from '@caregraph/runtime';
import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AccountsServices } from '../services';
import { revealToCaller } from '../users/personal-data-visibility';
import { RefreshTokenService } from './refresh-token.service';
import { RefreshTokenArgs } from './session.input';
import { sessionFor } from './session.service';
import { Session } from './session.type';

@Resolver()
export class SessionResolver {
  constructor(private readonly services: AccountsServices) {}

  @Mutation(() => Session, {
    description:
      'Exchanges a refresh token for a new session: a fresh access token and the next refresh token. Each refresh token works once; presenting one that was already used ends the whole session everywhere (UNAUTHENTICATED), as it means someone else has a copy. A session also ends for good at `sessionEndsAt`, however often it is refreshed (UNAUTHENTICATED: sign in again).',
  })
  async refreshSession(@Args(() => RefreshTokenArgs) { refreshToken }: RefreshTokenArgs, @Ctx() ctx: SubgraphContext): Promise<Session> {
    const { services } = this;
    const outcome = await new RefreshTokenService(ctx.em, services.config.refreshTokenTtlDays, services.config.accessTokenTtlSeconds).rotate(refreshToken);
    if (outcome.kind === 'reused') {
      ctx.logger.warn({ userId: outcome.userId, familyId: outcome.familyId }, 'refresh token reused: session revoked');
      throw new UnauthenticatedError('This session has ended for your security. Please sign in again.');
    }
    if (outcome.kind === 'ended') throw new UnauthenticatedError('This session has reached its maximum length. Please sign in again.');
    if (outcome.kind === 'invalid') throw new UnauthenticatedError('This session has expired or ended. Please sign in again.');
    revealToCaller(ctx, outcome.user.id);
    return sessionFor(outcome.user, outcome.next, services);
  }

  @Mutation(() => Boolean, {
    description: 'Signs out: ends the session the refresh token belongs to. Always answers true, also for tokens that no longer work.',
  })
  async logout(@Args(() => RefreshTokenArgs) { refreshToken }: RefreshTokenArgs, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    const { services } = this;
    await new RefreshTokenService(ctx.em, services.config.refreshTokenTtlDays, services.config.accessTokenTtlSeconds).revokeFamilyOf(refreshToken);
    return true;
  }
}

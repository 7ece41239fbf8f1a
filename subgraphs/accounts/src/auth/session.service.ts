import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccountsServices } from '../services';
import type { User } from '../users/user.entity';
import { signAccessToken } from './access-token';
import type { IssuedRefreshToken } from './refresh-token.service';
import { RefreshTokenService } from './refresh-token.service';
import { sessionEndFor } from './session-lifetime';
import { Session } from './session.type';

/** Builds the session returned to the client from a user and their new refresh token. */
export async function sessionFor(user: User, refresh: IssuedRefreshToken, services: AccountsServices): Promise<Session> {
  const access = await signAccessToken(services.signingKeys, user, services.config.accessTokenTtlSeconds, refresh.familyId);
  return Object.assign(new Session(), {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt,
    sessionEndsAt: refresh.sessionEndsAt,
    user,
  });
}

/** Starts a new session (a new refresh-token family) for a user who has just proved who they are. */
export async function startSession(em: EntityManager, user: User, services: AccountsServices): Promise<Session> {
  const refresh = await new RefreshTokenService(em, services.config.refreshTokenTtlDays).issue(user, sessionEndFor(user, services.config.sessionLifetimes));
  return sessionFor(user, refresh, services);
}

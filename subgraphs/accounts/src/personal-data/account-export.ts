import type { EntityManager } from '@mikro-orm/postgresql';
import { RefreshToken } from '../auth/refresh-token.entity';
import { User } from '../users/user.entity';

/**
 * The account part of a personal data export: the profile and the sign-in sessions (when they
 * started and end; never the tokens or the password hash).
 */
export async function accountExport(em: EntityManager, userId: string): Promise<Record<string, unknown>> {
  const user = await em.findOneOrFail(User, userId);
  const sessions = await em.find(RefreshToken, { user: userId }, { orderBy: { createdAt: 'asc' } });
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
    emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
    sessions: sessions.map((session) => ({
      startedAt: session.createdAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      usedAt: session.usedAt?.toISOString() ?? null,
      revokedAt: session.revokedAt?.toISOString() ?? null,
    })),
  };
}

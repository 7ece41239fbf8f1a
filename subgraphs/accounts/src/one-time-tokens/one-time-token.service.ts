import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../users/user.entity';
import { OneTimeToken } from './one-time-token.entity';
import { hashSecretToken, newSecretToken } from './secret-token';
import type { TokenPurpose } from './token-purpose';

/** Issues and redeems the single-use tokens that e-mailed links carry. */
export class OneTimeTokenService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Issues a token for `user` that works once, for `purpose`, until `ttlSeconds` from now, and
   * retires the user's earlier unused tokens for that purpose: only the newest link works.
   * Returns the token itself, which is not stored anywhere.
   */
  async issue(user: User, purpose: TokenPurpose, ttlSeconds: number): Promise<string> {
    const now = new Date();
    await this.em.nativeUpdate(OneTimeToken, { user: user.id, purpose, usedAt: null }, { usedAt: now });
    const { token, hash } = newSecretToken();
    this.em.create(OneTimeToken, { user, purpose, tokenHash: hash, expiresAt: new Date(now.getTime() + ttlSeconds * 1000) });
    await this.em.flush();
    return token;
  }

  /**
   * Redeems a token: marks it used and returns its user's id, or null when the token is unknown,
   * already used, expired or for another purpose. Locks the row, so of two concurrent
   * redemptions only one succeeds; call it inside the mutation's transaction.
   */
  async redeem(token: string, purpose: TokenPurpose): Promise<string | null> {
    const row = await this.em.findOne(
      OneTimeToken,
      { tokenHash: hashSecretToken(token), purpose },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return null;
    row.usedAt = new Date();
    await this.em.flush();
    return row.user.id;
  }
}

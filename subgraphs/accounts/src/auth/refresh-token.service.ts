import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { hashSecretToken, newSecretToken } from '../one-time-tokens/secret-token';
import { RevocationList } from '../revocations/revocation-list';
import { User } from '../users/user.entity';
import { RefreshToken } from './refresh-token.entity';

/** A refresh token just issued: the token itself (never stored) and when it expires. */
export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
  familyId: string;
  /** When the sign-in ends whatever the refreshes. */
  sessionEndsAt: Date;
}

/** What came of presenting a refresh token. */
export type RotationOutcome =
  | { kind: 'rotated'; user: User; next: IssuedRefreshToken }
  /** A token that had already been exchanged: its family is now revoked. */
  | { kind: 'reused'; userId: string; familyId: string }
  /** Unknown, expired or revoked. */
  | { kind: 'invalid' }
  /** The sign-in reached its absolute lifetime (src/auth/session-lifetime.ts). */
  | { kind: 'ended' };

/** Issues, rotates and revokes refresh tokens (stored as SHA-256 hashes). */
export class RefreshTokenService {
  constructor(
    private readonly em: EntityManager,
    private readonly ttlDays: number,
    /** How long the access tokens of a revoked session could still be presented (rows of the revocation list live as long). */
    private readonly accessTokenTtlSeconds = 900,
  ) {}

  private revocations(em: EntityManager = this.em): RevocationList {
    return new RevocationList(em, this.accessTokenTtlSeconds);
  }

  /**
   * Issues a refresh token for `user`, in a new family unless `familyId` continues one. It never
   * outlives `sessionEndsAt`.
   */
  async issue(user: User, sessionEndsAt: Date, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Math.min(Date.now() + this.ttlDays * 86_400_000, sessionEndsAt.getTime()));
    this.em.create(RefreshToken, { user, familyId, tokenHash: hash, expiresAt, sessionEndsAt });
    await this.em.flush();
    return { token, expiresAt, familyId, sessionEndsAt };
  }

  /**
   * Exchanges a refresh token for the next one in its family, in one transaction with the row
   * locked (two concurrent exchanges of one token: the second counts as reuse). A token that
   * was already exchanged revokes its whole family: someone else holds a copy of it.
   */
  async rotate(token: string): Promise<RotationOutcome> {
    return this.em.transactional(async (em) => {
      const row = await em.findOne(RefreshToken, { tokenHash: hashSecretToken(token) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!row || row.revokedAt) return { kind: 'invalid' } as const;
      if (row.usedAt) {
        await em.nativeUpdate(RefreshToken, { familyId: row.familyId, revokedAt: null }, { revokedAt: new Date() });
        await this.revocations(em).revokeSessions([row.familyId]);
        return { kind: 'reused', userId: row.user.id, familyId: row.familyId } as const;
      }
      if (row.sessionEndsAt.getTime() <= Date.now()) return { kind: 'ended' } as const;
      if (row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' } as const;
      const user = await em.findOne(User, row.user.id);
      // Locking revokes every session; this also covers a refresh racing the lock.
      if (!user || user.lockedAt) return { kind: 'invalid' } as const;
      row.usedAt = new Date();
      const next = await new RefreshTokenService(em, this.ttlDays, this.accessTokenTtlSeconds).issue(user, row.sessionEndsAt, row.familyId);
      return { kind: 'rotated', user, next } as const;
    });
  }

  /**
   * Revokes the family of `token` (sign-out of that session) and, in the same transaction, puts the
   * session on the revocation list, so its access tokens stop working within seconds. Unknown tokens are ignored.
   */
  async revokeFamilyOf(token: string): Promise<void> {
    await this.em.transactional(async (em) => {
      const row = await em.findOne(RefreshToken, { tokenHash: hashSecretToken(token) });
      if (!row) return;
      // Only the sign-out that ends the session lists it: 50 identical sign-outs at once write one row.
      const ended = await em.nativeUpdate(RefreshToken, { familyId: row.familyId, revokedAt: null }, { revokedAt: new Date() });
      if (ended > 0) await this.revocations(em).revokeSessions([row.familyId]);
    });
  }

  /**
   * Revokes every refresh token of a user (sign-out everywhere) and puts the user on the revocation
   * list: every access token issued so far stops working within seconds. Run it inside the transaction
   * of the change that calls for it (lock, role change, password reset, deletion).
   */
  async revokeAllOf(userId: string): Promise<number> {
    const live = await this.em.execute<Array<{ family_id: string }>>(
      'select distinct family_id from refresh_tokens where user_id = ? and revoked_at is null',
      [userId],
    );
    const revoked = await this.em.nativeUpdate(RefreshToken, { user: userId, revokedAt: null }, { revokedAt: new Date() });
    // Session rows name each live session exactly; the user row also covers tokens issued without a session id.
    await this.revocations().revokeSessions(live.map((row) => row.family_id));
    await this.revocations().revokeUser(userId);
    return revoked;
  }
}

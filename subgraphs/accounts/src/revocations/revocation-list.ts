import type { EntityManager } from '@mikro-orm/postgresql';

/** Kept this long past an access token's lifetime, for clock skew between accounts and the gateways. */
export const REVOCATION_MARGIN_SECONDS = 120;
/**
 * A poll also returns rows created this recently, whatever its cursor: a transaction that took its
 * row id before another but committed after it would otherwise be skipped (ids are not commit order).
 */
export const CURSOR_OVERLAP_SECONDS = 30;
/** At most this many rows per answer; the gateway asks again from the returned cursor. */
export const REVOCATIONS_PAGE_SIZE = 5000;

/** One entry of the revocation list as the gateway receives it. */
export type RevocationEntry =
  | { kind: 'session'; sessionId: string; expiresAt: string }
  | { kind: 'user'; userId: string; notBefore: string; expiresAt: string };

/** A page of the list: its entries and the cursor to ask from next. */
export interface RevocationPage {
  cursor: number;
  revocations: RevocationEntry[];
  /** True when more rows follow (ask again at once from `cursor`). */
  more: boolean;
}

/**
 * Writes to the revocation list, always inside the caller's transaction (the lock, role change,
 * logout, reset or deletion and its revocation commit together or not at all). Each row lives as long
 * as an access token issued just before it could, plus a margin; older rows are pruned on write.
 */
export class RevocationList {
  constructor(
    private readonly em: EntityManager,
    private readonly accessTokenTtlSeconds: number,
  ) {}

  private get keepSeconds(): number {
    return this.accessTokenTtlSeconds + REVOCATION_MARGIN_SECONDS;
  }

  /** Access tokens of these sessions (refresh-token families, the tokens' `sid`) stop working. */
  async revokeSessions(sessionIds: string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    await this.prune();
    await this.em.execute(
      `insert into session_revocations (kind, session_id, expires_at)
       select 'session', sid, now() + make_interval(secs => ?) from unnest(array[?]::uuid[]) as sid`,
      [this.keepSeconds, sessionIds],
    );
  }

  /** Every access token of the user issued before now stops working (also tokens without a session id). */
  async revokeUser(userId: string): Promise<void> {
    await this.prune();
    await this.em.execute(
      `insert into session_revocations (kind, user_id, not_before, expires_at) values ('user', ?, now(), now() + make_interval(secs => ?))`,
      [userId, this.keepSeconds],
    );
  }

  private async prune(): Promise<void> {
    await this.em.execute('delete from session_revocations where expires_at < now()');
  }
}

interface RevocationRow {
  id: string;
  kind: 'session' | 'user';
  session_id: string | null;
  user_id: string | null;
  not_before: Date | null;
  expires_at: Date;
}

/** The unexpired rows after `since` (plus the recent overlap), oldest first. */
export async function revocationsSince(em: EntityManager, since: number): Promise<RevocationPage> {
  const rows = await em.getConnection().execute<RevocationRow[]>(
    `select id, kind, session_id, user_id, not_before, expires_at from session_revocations
     where expires_at > now() and (id > ? or created_at > now() - make_interval(secs => ?))
     order by id limit ?`,
    [since, CURSOR_OVERLAP_SECONDS, REVOCATIONS_PAGE_SIZE + 1],
  );
  const more = rows.length > REVOCATIONS_PAGE_SIZE;
  const page = rows.slice(0, REVOCATIONS_PAGE_SIZE);
  const cursor = page.reduce((max, row) => Math.max(max, Number(row.id)), since);
  const revocations = page.map((row): RevocationEntry =>
    row.kind === 'session'
      ? { kind: 'session', sessionId: row.session_id!, expiresAt: new Date(row.expires_at).toISOString() }
      : { kind: 'user', userId: row.user_id!, notBefore: new Date(row.not_before!).toISOString(), expiresAt: new Date(row.expires_at).toISOString() },
  );
  return { cursor, revocations, more };
}

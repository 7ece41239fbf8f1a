import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { lockUntilCommit } from '@caregraph/runtime';

/** What an hourly allowance counts; each has its own counters. */
export enum AllowanceKind {
  /** Sign-up, verification and password-reset mail to one address: no mail-bombing. */
  ACCOUNT_MAIL = 'account-mail',
  /** Sign-ups from one client address: no mass registration, no probing at scale. */
  SIGN_UP_CALLER = 'sign-up-caller',
}

/**
 * Uses one of `limit` allowances per hour of `kind` for `subject` (an address, an IP), and says
 * whether one was left. Counted in PostgreSQL (`hourly_allowance_uses`, written by SQL: no entity,
 * nothing reads it but this) so the limit holds across replicas and restarts. A transaction-scoped
 * advisory lock per kind and subject makes concurrent calls queue: 50 at once still grant `limit`.
 * Inside a caller's transaction the use is undone if that transaction rolls back. Only a hash of
 * the subject is stored: it is personal data and needs no reading back.
 */
export async function takeHourlyAllowance(em: EntityManager, kind: AllowanceKind, subject: string, limit: number): Promise<boolean> {
  const subjectHash = createHash('sha256').update(subject.trim().toLowerCase()).digest('hex');
  return em.transactional(async (tx) => {
    await lockUntilCommit(tx, `${kind}:${subjectHash}`);
    await tx.execute(`delete from hourly_allowance_uses where kind = ? and subject_hash = ? and used_at <= now() - interval '1 hour'`, [kind, subjectHash]);
    const [{ used }] = await tx.execute<Array<{ used: number }>>('select count(*)::int as used from hourly_allowance_uses where kind = ? and subject_hash = ?', [kind, subjectHash]);
    if (used >= limit) return false;
    await tx.execute('insert into hourly_allowance_uses (kind, subject_hash) values (?, ?)', [kind, subjectHash]);
    return true;
  });
}

/** Mails about an account (sign-up, verification, reset) one address may get per hour. */
export const ACCOUNT_MAILS_PER_HOUR = 3;

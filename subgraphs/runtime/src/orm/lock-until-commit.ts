import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Takes the lock named `key` for the rest of the transaction `tx` (a PostgreSQL advisory lock,
 * released at commit or rollback): transactions that name the same key run that part one at a time.
 * For what no row can be locked for: rows that do not exist yet (a client's waitlist count, an
 * hourly allowance) or inserts that an exclusion constraint checks against each other (two
 * bookings of one therapist's time, which PostgreSQL can otherwise deadlock on).
 */
export async function lockUntilCommit(tx: EntityManager, key: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [key]);
}

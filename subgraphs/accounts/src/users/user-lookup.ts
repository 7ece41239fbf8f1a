import { sql } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity';

/** Finds the user with this email address, regardless of letter case (uses the lower(email) index). */
export function findUserByEmail(em: EntityManager, email: string): Promise<User | null> {
  return em.findOne(User, { [sql.lower('email')]: email.trim().toLowerCase() });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRoster } from '@caregraph/runtime/demo';
import { hashPassword } from '../passwords/password-hasher';
import { User } from '../users/user.entity';
import { Role } from '../users/role';
import { DEMO_PASSWORD } from './demo-credentials';

/**
 * Inserts the demo users when the table is empty, each with the demo password (hashed once:
 * argon2 is slow on purpose) and a verified email. In a database seeded before passwords
 * existed, gives the demo users without one the demo password.
 */
export async function seedDemo(em: EntityManager): Promise<number> {
  const { users } = demoRoster();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  if ((await em.count(User)) > 0) {
    return em.nativeUpdate(
      User,
      { id: { $in: users.map((u) => u.id) }, passwordHash: null },
      { passwordHash, emailVerifiedAt: new Date() },
    );
  }
  const verifiedAt = new Date();
  for (const demo of users) {
    em.create(User, { id: demo.id, email: demo.email, displayName: demo.displayName, role: demo.role as Role, passwordHash, emailVerifiedAt: verifiedAt });
  }
  await em.flush();
  return users.length;
}

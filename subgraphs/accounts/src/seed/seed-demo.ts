import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRoster } from '@caregraph/runtime/demo';
import { User } from '../users/user.entity';
import { Role } from '../users/role';

/** Inserts the demo users when the table is empty. */
export async function seedDemo(em: EntityManager): Promise<number> {
  if ((await em.count(User)) > 0) return 0;
  const { users } = demoRoster();
  for (const demo of users) {
    em.create(User, { id: demo.id, email: demo.email, displayName: demo.displayName, role: demo.role as Role });
  }
  await em.flush();
  return users.length;
}

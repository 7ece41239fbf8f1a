import type { EntityManager } from '@mikro-orm/postgresql';
import { demoRoster } from '@caregraph/demo-data';
import { readAccountsConfig } from '../config';
import { ConsentAction } from '../consents/consent-action';
import { ConsentEvent } from '../consents/consent-event.entity';
import { ConsentKind } from '../consents/consent-kind';
import { documentsInForce } from '../consents/consent.service';
import { loadTotpCipher } from '../mfa/totp-secret-cipher';
import { TotpFactor } from '../mfa/totp-factor.entity';
import { hashPassword } from '../passwords/password-hasher';
import { User } from '../users/user.entity';
import { Role } from '../users/role';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '@caregraph/demo-data';
import { seedDemoPractice } from './seed-demo-practice';

/**
 * Inserts the demo users when the table is empty, each with the demo password (hashed once:
 * argon2 is slow on purpose) and a verified email; demo admins get two-step verification with
 * the demo authenticator secret (admins must have it); every demo user has accepted the
 * documents in force (clients the health-data consent too, so they can book). In a database
 * seeded earlier, gives the demo users without a password the demo password, demo admins
 * without an authenticator the demo one, and demo users without consents theirs. Either way, the demo
 * GP practice and its API client once (seed-demo-practice.ts).
 */
export async function seedDemo(em: EntityManager): Promise<number> {
  const { users } = demoRoster();
  const admins = users.filter((u) => u.role === Role.ADMIN).map((u) => u.id);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  if ((await em.count(User)) > 0) {
    const passwords = await em.nativeUpdate(
      User,
      { id: { $in: users.map((u) => u.id) }, passwordHash: null },
      { passwordHash, emailVerifiedAt: new Date() },
    );
    const existingAdmins = await em.find(User, { id: { $in: admins } });
    const enrolled = await em.find(TotpFactor, { user: { $in: admins }, confirmedAt: { $ne: null } });
    const missing = existingAdmins.filter((admin) => !enrolled.some((factor) => factor.user.id === admin.id));
    enrolDemoAdmins(em, missing.map((admin) => admin.id));
    const existing = await em.find(User, { id: { $in: users.map((u) => u.id) } });
    const decided = new Set((await em.find(ConsentEvent, { user: { $in: existing.map((u) => u.id) } }, { fields: ['user'] })).map((e) => e.user.id));
    const undecided = existing.filter((u) => !decided.has(u.id));
    await acceptDemoConsents(em, undecided);
    await em.flush();
    return passwords + missing.length + undecided.length + (await seedDemoPractice(em));
  }
  const verifiedAt = new Date();
  for (const demo of users) {
    em.create(User, { id: demo.id, email: demo.email, displayName: demo.displayName, role: demo.role as Role, passwordHash, emailVerifiedAt: verifiedAt });
  }
  enrolDemoAdmins(em, admins);
  await em.flush();
  await acceptDemoConsents(em, users.map((u) => ({ id: u.id, role: u.role as Role })));
  await em.flush();
  return users.length + (await seedDemoPractice(em));
}

/** Confirmed authenticators with the demo secret for these demo admins (persisted by the caller's flush). */
function enrolDemoAdmins(em: EntityManager, adminIds: string[]): void {
  const cipher = loadTotpCipher(readAccountsConfig().mfa.totpKeys);
  for (const id of adminIds) {
    em.create(TotpFactor, { user: em.getReference(User, id), secretCiphertext: cipher.encrypt(DEMO_ADMIN_TOTP_SECRET, id), confirmedAt: new Date() });
  }
}

/** The documents in force, accepted by these demo users: all three for clients, terms and privacy notice for the others. */
async function acceptDemoConsents(em: EntityManager, people: Array<{ id: string; role: Role }>): Promise<void> {
  const current = await documentsInForce(em);
  for (const person of people) {
    const kinds = person.role === Role.CLIENT ? Object.values(ConsentKind) : [ConsentKind.TERMS_OF_USE, ConsentKind.PRIVACY_NOTICE];
    for (const kind of kinds) {
      em.create(ConsentEvent, { user: em.getReference(User, person.id), kind, version: current.get(kind)!.version, action: ConsentAction.ACCEPTED });
    }
  }
}

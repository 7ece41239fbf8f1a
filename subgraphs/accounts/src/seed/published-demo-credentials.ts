import { sql } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiClient } from '../api-clients/api-client.entity';
import { hashClientSecret } from '../api-clients/api-client-secret';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_API_CLIENT_SECRET, DEMO_PASSWORD, SCALE_PASSWORD, demoRoster, scaleClientEmail, scaleTherapistEmail } from '@caregraph/demo-data';
import { readAccountsConfig } from '../config';
import { loadTotpCipher } from '../mfa/totp-secret-cipher';
import { TotpFactor } from '../mfa/totp-factor.entity';
import { verifyPassword } from '../passwords/password-hasher';
import { User } from '../users/user.entity';

/** How many accounts still carry a credential published with the demo data. */
export interface PublishedDemoCredentials {
  /** Accounts whose password is the demo password or the scale data's password. */
  passwords: number;
  /** Accounts with an authenticator on the demo admin's secret. */
  authenticators: number;
  /** Working API clients whose secret is the demo practice's published one. */
  apiClients: number;
}

/**
 * Counts the accounts of the demo roster (the only ones the demo seed writes) that still have the published
 * password or authenticator secret. Cheap enough for every start: one indexed lookup by address, one argon2
 * verification per distinct hash (the seed gives every demo account the same one), one AES decryption per
 * demo authenticator; on a database without the demo accounts, a single statement.
 */
export async function findPublishedDemoCredentials(em: EntityManager): Promise<PublishedDemoCredentials> {
  const scalePasswords = await countScalePasswords(em);
  const apiClients = await em.count(ApiClient, { revokedAt: null, $or: [{ secretHash: hashClientSecret(DEMO_API_CLIENT_SECRET) }, { previousSecretHash: hashClientSecret(DEMO_API_CLIENT_SECRET) }] });
  const emails = demoRoster().users.map((u) => u.email.toLowerCase());
  const users = await em.find(User, { [sql.lower('email')]: { $in: emails } }, { fields: ['id', 'passwordHash'] });
  if (users.length === 0) return { passwords: scalePasswords, authenticators: 0, apiClients };
  const demoHash = new Map<string, Promise<boolean>>();
  let passwords = 0;
  for (const user of users) {
    if (!user.passwordHash) continue;
    if (!demoHash.has(user.passwordHash)) demoHash.set(user.passwordHash, verifyPassword(user.passwordHash, DEMO_PASSWORD));
    if (await demoHash.get(user.passwordHash)) passwords += 1;
  }
  const factors = await em.find(TotpFactor, { user: { $in: users.map((u) => u.id) } });
  const cipher = loadTotpCipher(readAccountsConfig().mfa.totpKeys);
  const authenticators = factors.filter((factor) => {
    try {
      return cipher.decrypt(factor.secretCiphertext, factor.user.id) === DEMO_ADMIN_TOTP_SECRET;
    } catch {
      return false; // encrypted under a key no longer configured: it cannot be used to sign in either
    }
  }).length;
  return { passwords: passwords + scalePasswords, authenticators, apiClients };
}

/**
 * Accounts `npm run seed:scale` wrote that still have its published password. They all share one hash, so
 * the first scale client or therapist (an indexed lookup) tells whether any are there; only then are the
 * accounts with that hash counted.
 */
async function countScalePasswords(em: EntityManager): Promise<number> {
  const firsts = [scaleClientEmail(1), scaleTherapistEmail(1)];
  const found = await em.find(User, { [sql.lower('email')]: { $in: firsts } }, { fields: ['id', 'passwordHash'] });
  let count = 0;
  for (const hash of new Set(found.map((u) => u.passwordHash).filter((h): h is string => Boolean(h)))) {
    if (await verifyPassword(hash, SCALE_PASSWORD)) count += await em.count(User, { passwordHash: hash });
  }
  return count;
}

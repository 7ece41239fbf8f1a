import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../users/user.entity';
import { RecoveryCode } from './recovery-code.entity';
import { hashRecoveryCode, newRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';
import { verifyTotpCode } from './totp';
import type { TotpSecretCipher } from './totp-secret-cipher';
import { TotpFactor } from './totp-factor.entity';

/** Which kind of code proved the second factor. */
export type SecondFactorProof = 'totp' | 'recovery-code';

/** The user's confirmed authenticator, or null when they have none. */
export function confirmedFactorOf(em: EntityManager, userId: string, lock = false): Promise<TotpFactor | null> {
  return em.findOne(TotpFactor, { user: userId, confirmedAt: { $ne: null } }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

/**
 * Checks a code against the user's confirmed second factor, inside the caller's transaction:
 * six digits are an authenticator code (the factor row is locked, and a code from a time step
 * already used is refused), anything else is tried as a recovery code (spent by a conditional
 * update, so two requests cannot both use it). Returns what the code was, or null when it is
 * not right.
 */
export async function verifySecondFactor(em: EntityManager, userId: string, code: string, cipher: TotpSecretCipher): Promise<SecondFactorProof | null> {
  const factor = await confirmedFactorOf(em, userId, true);
  if (!factor) return null;
  const digits = code.replace(/\s/g, '');
  if (/^\d{6}$/.test(digits)) {
    const step = verifyTotpCode(cipher.decrypt(factor.secretCiphertext, userId), digits, factor.lastUsedStep);
    if (step === null) return null;
    factor.lastUsedStep = step;
    await em.flush();
    return 'totp';
  }
  const recovery = normaliseRecoveryCode(code);
  if (!recovery) return null;
  const spent = await em.nativeUpdate(RecoveryCode, { user: userId, codeHash: hashRecoveryCode(recovery), usedAt: null }, { usedAt: new Date() });
  return spent === 1 ? 'recovery-code' : null;
}

/** Replaces the user's recovery codes with new ones; returns them (the only time they are seen). */
export async function replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
  await em.nativeDelete(RecoveryCode, { user: userId });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const user = em.getReference(User, userId);
  for (const code of codes) em.create(RecoveryCode, { user, codeHash: hashRecoveryCode(normaliseRecoveryCode(code)!) });
  await em.flush();
  return codes;
}

/** The ids among `userIds` that have a confirmed second factor: one statement. */
export async function usersWithSecondFactor(em: EntityManager, userIds: readonly string[]): Promise<Set<string>> {
  const rows = await em.find(TotpFactor, { user: { $in: [...userIds] }, confirmedAt: { $ne: null } }, { fields: ['user'] });
  return new Set(rows.map((row) => row.user.id));
}

import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/**
 * argon2id at OWASP's minimum (Password Storage Cheat Sheet): 19 MiB, 2 iterations, 1 lane.
 * The parameters travel inside each hash (`$argon2id$v=19$m=19456,t=2,p=1$...`), so raising
 * them later only needs `needsRehash` at the next sign-in.
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/**
 * Passwords are compared after Unicode NFKC normalisation (NIST SP 800-63B 5.1.1.2), so the same
 * characters typed on different keyboards match.
 */
function normalise(password: string): string {
  return password.normalize('NFKC');
}

/** Hashes a password with argon2id (random salt). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(normalise(password), ARGON2_OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/** The throwaway hash that unknown accounts are checked against; made once per process. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummyHash;
}

/**
 * Checks a password against a stored hash. With no hash (no such account, or no password set)
 * it still runs a full argon2 verification against a throwaway hash, so the answer takes as
 * long as for a real account, and returns false.
 */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (!hash) {
    await argon2.verify(await dummyPasswordHash(), normalise(password));
    return false;
  }
  try {
    return await argon2.verify(hash, normalise(password));
  } catch {
    // A malformed stored hash is a data problem, never a way in.
    return false;
  }
}

/** True when `hash` was made with other parameters than today's and should be replaced. */
export function passwordNeedsRehash(hash: string): boolean {
  return argon2.needsRehash(hash, ARGON2_OPTIONS);
}

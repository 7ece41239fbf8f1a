import { randomBytes } from 'node:crypto';
import { hashSecretToken } from '../one-time-tokens/secret-token';

/** How many recovery codes a person gets at a time. */
export const RECOVERY_CODE_COUNT = 10;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * A new recovery code: 16 base32 characters (80 random bits) in groups of four, e.g.
 * `k7qd-3mzp-a2xw-7fre`. With 80 bits a plain SHA-256 at rest is enough: too many to guess.
 */
export function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let code = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      code += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return code.match(/.{4}/g)!.join('-');
}

/** The code as typed, reduced to its 16 characters (any case, spaces and dashes ignored); null when it cannot be one. */
export function normaliseRecoveryCode(typed: string): string | null {
  const compact = typed.toLowerCase().replace(/[\s-]/g, '');
  return /^[a-z2-7]{16}$/.test(compact) ? compact : null;
}

/** What is stored of a recovery code: SHA-256 of its normalised form. */
export function hashRecoveryCode(normalised: string): string {
  return hashSecretToken(`recovery:${normalised}`);
}

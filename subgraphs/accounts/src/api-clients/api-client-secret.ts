import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every secret starts with this, so a leaked one is easy to recognise (and for secret scanners to find). */
export const SECRET_PREFIX = 'cgs_';
const SECRET_PATTERN = /^cgs_[A-Za-z0-9_-]{43}$/;

/** A new secret: 256 random bits, base64url, with the prefix. */
export function newClientSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/**
 * The stored form of a secret. SHA-256, not a password hash: a 256-bit random secret cannot be guessed
 * from its hash, so a slow hash would only cost every token request time without adding safety.
 */
export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** True when `secret` matches `hash`, compared in constant time. A malformed secret never matches. */
export function secretMatches(secret: string, hash: string | null): boolean {
  if (!hash) return false;
  const given = Buffer.from(hashClientSecret(SECRET_PATTERN.test(secret) ? secret : `invalid:${secret}`), 'hex');
  const stored = Buffer.from(hash, 'hex');
  return stored.length === given.length && timingSafeEqual(given, stored) && SECRET_PATTERN.test(secret);
}

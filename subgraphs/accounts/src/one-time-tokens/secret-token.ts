import { createHash, randomBytes } from 'node:crypto';

/** Bytes of randomness in every token handed out (verification, reset, refresh): 256 bits. */
const TOKEN_BYTES = 32;

/** A token to give to its holder, and the only form of it the database keeps. */
export interface SecretToken {
  token: string;
  hash: string;
}

/** SHA-256 of a token, hex. Tokens are random, so a fast hash is enough: nothing to brute-force. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random token (base64url, 43 characters) with its hash. */
export function newSecretToken(): SecretToken {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

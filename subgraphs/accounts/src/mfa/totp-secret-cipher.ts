import { ConfigError, isProduction } from '@caregraph/kernel';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { TOTP_KEYS_VARIABLE } from '../config';

/** Encrypts TOTP secrets for storage and decrypts them to check a code. */
export interface TotpSecretCipher {
  /** AES-256-GCM with the first key, bound to `userId` (a secret copied to another account does not decrypt). */
  encrypt(secret: string, userId: string): string;
  /** Decrypts with whichever configured key encrypted it; throws when that key is gone or the text was altered. */
  decrypt(stored: string, userId: string): string;
}

const FORMAT = 'v1';
const ALGORITHM = 'aes-256-gcm';

/**
 * The key used when ACCOUNTS_TOTP_KEYS is unset outside production. It is in the source code,
 * so it hides nothing from someone who has both: it only keeps secrets out of plain sight in
 * development databases and dumps. Production refuses to start without a real key.
 */
const DEVELOPMENT_KEY = createHash('sha256').update('caregraph development TOTP key (not secret)').digest();

/** Short id of a key stored with each ciphertext, so a rotation knows which key to use. */
function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

function parseKeys(text: string): Buffer[] {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) throw new ConfigError(`${TOTP_KEYS_VARIABLE} holds no key: expected base64 32-byte keys.`);
  return parts.map((part, index) => {
    const key = Buffer.from(part, /[-_]/.test(part) ? 'base64url' : 'base64');
    if (key.length !== 32) {
      throw new ConfigError(`${TOTP_KEYS_VARIABLE}: key ${index + 1} is not 32 bytes of base64 (make one with \`openssl rand -base64 32\`).`);
    }
    return key;
  });
}

/**
 * Builds the cipher from ACCOUNTS_TOTP_KEYS: one or more base64 32-byte keys; the first encrypts,
 * all decrypt (rotate by putting a new key first). Unset: a ConfigError in production, the
 * development key otherwise.
 */
export function loadTotpCipher(keysText: string | undefined, production = isProduction()): TotpSecretCipher {
  if (!keysText && production) {
    throw new ConfigError(
      `${TOTP_KEYS_VARIABLE} (or ${TOTP_KEYS_VARIABLE}_FILE) is not set: the accounts subgraph needs a 32-byte key (base64) to encrypt authenticator secrets.`,
    );
  }
  const keys = keysText ? parseKeys(keysText) : [DEVELOPMENT_KEY];
  const byId = new Map(keys.map((key) => [keyId(key), key]));
  const active = keys[0];
  const aad = (userId: string) => Buffer.from(`totp:${userId}`, 'utf8');
  return {
    encrypt(secret, userId) {
      const iv = randomBytes(12);
      const cipher = createCipheriv(ALGORITHM, active, iv).setAAD(aad(userId));
      const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return [FORMAT, keyId(active), iv.toString('base64url'), ciphertext.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    },
    decrypt(stored, userId) {
      const [format, kid, iv, ciphertext, tag] = stored.split('.');
      const key = byId.get(kid);
      if (format !== FORMAT || !key) throw new Error('TOTP secret was encrypted with a key that is not configured any more');
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url')).setAAD(aad(userId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

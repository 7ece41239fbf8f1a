import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { ConfigError, isProduction } from '../config';

/** Encrypts a stored secret and decrypts it for use, bound to the row that holds it. */
export interface SecretCipher {
  /** AES-256-GCM with the first key, bound to `owner` (a secret copied to another row does not decrypt). */
  encrypt(secret: string, owner: string): string;
  /** Decrypts with whichever configured key encrypted it; throws when that key is gone or the text was altered. */
  decrypt(stored: string, owner: string): string;
}

/** What a secret is for: its keys variable, the words an error uses, and the label binding ciphertexts to it. */
export interface SecretCipherPurpose {
  /** The variable holding the keys (or `<name>_FILE`), e.g. ACCOUNTS_TOTP_KEYS. */
  variable: string;
  /** Who needs the keys for what, e.g. "the accounts subgraph needs a 32-byte key (base64) to encrypt authenticator secrets". */
  need: string;
  /** Bound into every ciphertext with the owner (AES-GCM additional data), e.g. "totp". */
  label: string;
  /** Names the development key (`caregraph development <name> key (not secret)`); the label when unset. */
  developmentName?: string;
}

const FORMAT = 'v1';
const ALGORITHM = 'aes-256-gcm';

/** Short id of a key stored with each ciphertext, so a rotation knows which key to use. */
function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

function parseKeys(text: string, variable: string): Buffer[] {
  const parts = text.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0) throw new ConfigError(`${variable} holds no key: expected base64 32-byte keys.`);
  return parts.map((part, index) => {
    const key = Buffer.from(part, /[-_]/.test(part) ? 'base64url' : 'base64');
    if (key.length !== 32) throw new ConfigError(`${variable}: key ${index + 1} is not 32 bytes of base64 (make one with \`openssl rand -base64 32\`).`);
    return key;
  });
}

/**
 * Builds a cipher for secrets kept at rest from `keysText`: one or more base64 32-byte keys, separated by
 * commas or white space; the first encrypts, all decrypt (rotate by putting a new key first). Unset: a
 * ConfigError in production; otherwise a development key derived from the purpose's label. That key is in
 * the source code, so it only keeps secrets out of plain sight in development databases and dumps.
 */
export function createSecretCipher(purpose: SecretCipherPurpose, keysText: string | undefined, production = isProduction()): SecretCipher {
  if (!keysText && production) throw new ConfigError(`${purpose.variable} (or ${purpose.variable}_FILE) is not set: ${purpose.need}.`);
  const keys = keysText ? parseKeys(keysText, purpose.variable) : [createHash('sha256').update(`caregraph development ${purpose.developmentName ?? purpose.label} key (not secret)`).digest()];
  const byId = new Map(keys.map((key) => [keyId(key), key]));
  const active = keys[0];
  const aad = (owner: string) => Buffer.from(`${purpose.label}:${owner}`, 'utf8');
  return {
    encrypt(secret, owner) {
      const iv = randomBytes(12);
      const cipher = createCipheriv(ALGORITHM, active, iv).setAAD(aad(owner));
      const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return [FORMAT, keyId(active), iv.toString('base64url'), ciphertext.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
    },
    decrypt(stored, owner) {
      const [format, kid, iv, ciphertext, tag] = stored.split('.');
      const key = byId.get(kid);
      if (format !== FORMAT || !key) throw new Error(`a ${purpose.label} secret was encrypted with a key that is not configured any more`);
      const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(iv, 'base64url')).setAAD(aad(owner));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

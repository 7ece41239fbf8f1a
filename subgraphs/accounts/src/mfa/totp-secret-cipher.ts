import { createSecretCipher, isProduction, type SecretCipher } from '@caregraph/kernel';
import { TOTP_KEYS_VARIABLE } from '../config';

/** Encrypts TOTP secrets for storage (bound to the user's id) and decrypts them to check a code. */
export type TotpSecretCipher = SecretCipher;

/**
 * Builds the cipher from ACCOUNTS_TOTP_KEYS: one or more base64 32-byte keys; the first encrypts,
 * all decrypt (rotate by putting a new key first). Unset: a ConfigError in production, the
 * development key otherwise.
 */
export function loadTotpCipher(keysText: string | undefined, production = isProduction()): TotpSecretCipher {
  return createSecretCipher(
    { variable: TOTP_KEYS_VARIABLE, need: 'the accounts subgraph needs a 32-byte key (base64) to encrypt authenticator secrets', label: 'totp', developmentName: 'TOTP' },
    keysText,
    production,
  );
}

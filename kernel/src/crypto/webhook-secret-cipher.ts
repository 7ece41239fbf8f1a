import { createSecretCipher, type SecretCipher } from './secret-cipher';

/** The variable holding the AES-256 keys that encrypt webhook signing secrets at rest. */
export const WEBHOOK_SECRET_KEYS_VARIABLE = 'WEBHOOK_SECRET_KEYS';

/**
 * The cipher for webhook signing secrets, bound to their endpoint's id: the notifications subgraph
 * encrypts a new secret, the delivery worker decrypts it to sign (docs/adr/030). One definition, so both
 * agree on the label and the development key.
 */
export function webhookSecretCipher(keysText: string | undefined, production?: boolean): SecretCipher {
  return createSecretCipher(
    { variable: WEBHOOK_SECRET_KEYS_VARIABLE, need: 'the notifications subgraph and the delivery worker need a 32-byte key (base64) for webhook signing secrets', label: 'webhook' },
    keysText,
    production,
  );
}

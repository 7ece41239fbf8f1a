// The key pair behind the internal tokens the gateway signs for the subgraphs (docs/architecture.md#identity-and-trust).
// Locally a fresh pair per run is enough: tokens live seconds, and nothing else needs the key.
import { generateKeyPairSync } from 'node:crypto';

export const PUBLIC_KEY_VARIABLE = 'INTERNAL_TOKEN_PUBLIC_KEY';
export const PRIVATE_KEY_VARIABLE = 'INTERNAL_TOKEN_PRIVATE_KEY';

const isSet = (env, name) => Boolean(env[name] || env[`${name}_FILE`]);

/**
 * The variables to give the gateway (`gateway`: the private key) and the subgraphs (`subgraphs`:
 * the public key). Empty when `env` already configures both halves (inline or as `_FILE`);
 * otherwise a fresh Ed25519 pair as PEM, which wins over any half-configured `_FILE` variable.
 */
export function internalTokenEnv(env = process.env) {
  if (isSet(env, PUBLIC_KEY_VARIABLE) && isSet(env, PRIVATE_KEY_VARIABLE)) return { gateway: {}, subgraphs: {} };
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    gateway: { [PRIVATE_KEY_VARIABLE]: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() },
    subgraphs: { [PUBLIC_KEY_VARIABLE]: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
  };
}

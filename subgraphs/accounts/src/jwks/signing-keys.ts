import { ConfigError, splitPem } from '@caregraph/kernel';
import { calculateJwkThumbprint, exportJWK, importPKCS8, type JWK, type KeyLike } from 'jose';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { SIGNING_KEYS_VARIABLE } from '../config';

/** The one algorithm access tokens are signed with (docs/architecture.md#identity-and-trust). */
export const SIGNING_ALGORITHM = 'EdDSA';

/** A public key as published in the JWKS document. */
export type PublishedKey = JWK & { kid: string; alg: typeof SIGNING_ALGORITHM; use: 'sig' };

/** The key that signs now, and every key whose tokens are still accepted. */
export interface SigningKeys {
  /** The first configured key: signs every new token. */
  active: { kid: string; privateKey: KeyLike };
  /** The JWKS document: public halves of all configured keys, signing key first. */
  jwks: { keys: PublishedKey[] };
}

/**
 * Loads the signing keys from PEM text holding one or more Ed25519 private keys (PKCS#8).
 * Rotating means putting a new key first and keeping the old ones until the tokens they
 * signed have expired. Each key's id is the RFC 7638 thumbprint of its public JWK.
 * Throws a ConfigError naming ACCOUNTS_SIGNING_KEYS when there is no usable key.
 */
export async function loadSigningKeys(pem: string | undefined): Promise<SigningKeys> {
  if (!pem) {
    throw new ConfigError(
      `${SIGNING_KEYS_VARIABLE} (or ${SIGNING_KEYS_VARIABLE}_FILE) is not set: the accounts subgraph needs at least one Ed25519 private key (PKCS#8 PEM) to sign access tokens.`,
    );
  }
  const blocks = splitPem(pem);
  if (blocks.length === 0) throw new ConfigError(`${SIGNING_KEYS_VARIABLE} holds no PEM block: expected Ed25519 private keys (PKCS#8 PEM).`);
  const keys: Array<{ kid: string; privateKey: KeyLike; published: PublishedKey }> = [];
  for (const [index, block] of blocks.entries()) {
    let keyType: string | undefined;
    try {
      keyType = createPrivateKey(block).asymmetricKeyType;
    } catch {
      keyType = undefined;
    }
    if (keyType !== 'ed25519') {
      throw new ConfigError(`${SIGNING_KEYS_VARIABLE}: key ${index + 1} is not an Ed25519 private key in PKCS#8 PEM.`);
    }
    const { kty, crv, x } = await exportJWK(createPublicKey(block));
    const kid = await calculateJwkThumbprint({ kty, crv, x });
    if (keys.some((key) => key.kid === kid)) continue;
    const privateKey = await importPKCS8(block, SIGNING_ALGORITHM);
    keys.push({ kid, privateKey, published: { kty, crv, x, kid, alg: SIGNING_ALGORITHM, use: 'sig' } });
  }
  return { active: { kid: keys[0].kid, privateKey: keys[0].privateKey }, jwks: { keys: keys.map((key) => key.published) } };
}

import { generateKeyPairSync } from 'node:crypto';
import { createInternalTokenSigner, createInternalTokenVerifier, type InternalTokenSigner } from '../auth/internal-token';

/** A throwaway Ed25519 key pair standing in for the gateway's, as PEM. */
export function generateGatewayKeys(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** A signer and matching verifier for one subgraph, made from fresh keys. */
export async function testTokenPair(audience: string) {
  const keys = generateGatewayKeys();
  const signer: InternalTokenSigner = await createInternalTokenSigner(keys.privateKeyPem);
  const verifier = await createInternalTokenVerifier(keys.publicKeyPem, audience);
  return { keys, signer, verifier };
}

import { generateKeyPairSync } from 'node:crypto';
import { createInternalTokenSigner, createInternalTokenVerifier, type InternalTokenSigner } from '../auth/internal-token';
import { createDelegationTokenSigner, DELEGATION_HEADER } from '../auth/delegation-token';
import type { Caller } from '../auth/caller';

/** A throwaway Ed25519 key pair standing in for the gateway's, as PEM. */
export function generateGatewayKeys(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/**
 * The headers the gateway sends a subgraph for `caller`: its internal token for `audience` and
 * the delegation token the subgraph sends back when it asks the graph (so a test's direct request
 * can call back through a test gateway, or a stand-in, signed with the same key).
 */
export type GatewayHeaders = (caller: Caller, requestId: string, clientIp?: string | null, depth?: number) => Promise<Record<string, string>>;

/** Signs a subgraph's gateway headers with `privateKeyPem`, as the gateway does. */
export async function gatewayHeadersSigner(privateKeyPem: string, audience: string): Promise<GatewayHeaders> {
  const signer = await createInternalTokenSigner(privateKeyPem);
  const delegations = await createDelegationTokenSigner(privateKeyPem);
  return async (caller, requestId, clientIp = null, depth = 0) => ({
    authorization: `Bearer ${await signer.sign(audience, caller, requestId, clientIp, depth)}`,
    [DELEGATION_HEADER]: await delegations.sign({ caller, subgraph: audience, depth: depth + 1, requestId, clientIp }),
  });
}

/** A signer and matching verifier for one subgraph, made from fresh keys, and its gateway headers. */
export async function testTokenPair(audience: string) {
  const keys = generateGatewayKeys();
  const signer: InternalTokenSigner = await createInternalTokenSigner(keys.privateKeyPem);
  const verifier = await createInternalTokenVerifier(keys.publicKeyPem, audience);
  const gatewayHeaders = await gatewayHeadersSigner(keys.privateKeyPem, audience);
  return { keys, signer, verifier, gatewayHeaders };
}

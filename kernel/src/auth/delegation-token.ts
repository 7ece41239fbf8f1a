import { createPublicKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, importPKCS8, importSPKI, jwtVerify, SignJWT, type KeyLike } from 'jose';
import type { Caller } from './caller';
import { callerClaims, callerFromClaims, callerKey } from './caller-claims';
import { INTERNAL_TOKEN_ISSUER, INTERNAL_TOKEN_REUSE_SECONDS } from './internal-token';
import { splitPem } from './key-material';
import { reusedSignatures } from './token-cache';

/**
 * The header carrying a delegation token: the gateway sends it to a subgraph with every fetch,
 * and the subgraph sends it back, alone, when it asks the graph on that caller's behalf (docs/adr/009).
 */
export const DELEGATION_HEADER = 'x-caregraph-delegation';
/** The only audience of a delegation token: the gateway itself, never a subgraph. */
export const DELEGATION_AUDIENCE = 'gateway';
/** Lifetime of a delegation token: one subgraph fetch and the call-backs it makes. */
export const DELEGATION_TOKEN_TTL_SECONDS = 30;
const MAX_TOKEN_AGE = '60s';
const ALGORITHM = 'EdDSA';
/** The JWT `typ` of a delegation token, so it can never be mistaken for an internal or a user token. */
const DELEGATION_TYPE = 'delegation+jwt';

/** What the gateway learns from a verified delegation token. */
export interface Delegation {
  caller: Caller;
  /** The subgraph the token was given to (`azp`): the one now asking. */
  subgraph: string;
  /** Subgraph hops so far: 1 for a subgraph serving a client's own request. */
  depth: number;
  /**
   * The gateway request id of the fetch the token was signed for (`rid`); empty in a reused token
   * (reusingDelegationTokens), whose calls carry the request id in `x-request-id` instead.
   */
  requestId: string;
  /** The end user's address as the gateway first saw it, or null. */
  clientIp: string | null;
}

/** Signs the delegation tokens the gateway sends with each subgraph fetch. */
export interface DelegationTokenSigner {
  sign(delegation: Delegation): Promise<string>;
}

/** Checks delegation tokens at the gateway. */
export interface DelegationTokenVerifier {
  /** Resolves the delegation, or throws an Error saying why the token is refused. */
  verify(token: string): Promise<Delegation>;
}

async function keyId(publicKey: KeyLike): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(publicKey));
}

/** Creates the signer from the gateway's Ed25519 private key (the one that signs internal tokens). */
export async function createDelegationTokenSigner(privateKeyPem: string): Promise<DelegationTokenSigner> {
  const privateKey = await importPKCS8(privateKeyPem, ALGORITHM, { extractable: true });
  const kid = await keyId(createPublicKey(privateKey as KeyObject));
  return {
    sign({ caller, subgraph, depth, requestId, clientIp }) {
      const token = new SignJWT({ ...callerClaims(caller), azp: subgraph, depth, rid: requestId, ...(clientIp ? { ip: clientIp } : {}) })
        .setProtectedHeader({ alg: ALGORITHM, kid, typ: DELEGATION_TYPE })
        .setIssuer(INTERNAL_TOKEN_ISSUER)
        .setAudience(DELEGATION_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${DELEGATION_TOKEN_TTL_SECONDS}s`);
      if (caller.userId) token.setSubject(caller.userId);
      return token.sign(privateKey);
    },
  };
}

/**
 * Wraps a signer so that one delegation token per subgraph, caller, client address and depth is signed at
 * most every INTERNAL_TOKEN_REUSE_SECONDS and reused meanwhile, with an empty `rid`: the subgraph's call
 * carries the request id it serves in `x-request-id` (docs/adr/017). Each reused token still has ≥ 20 s
 * of its 30 left. Saves an Ed25519 signature per subgraph fetch, as for internal tokens.
 */
export function reusingDelegationTokens(signer: DelegationTokenSigner, reuseSeconds = INTERNAL_TOKEN_REUSE_SECONDS): DelegationTokenSigner {
  const signed = reusedSignatures(reuseSeconds);
  return {
    sign({ caller, subgraph, depth, clientIp }) {
      return signed(`${subgraph}\n${callerKey(caller)}\n${clientIp ?? ''}\n${depth}`, () => signer.sign({ caller, subgraph, depth, requestId: '', clientIp }));
    },
  };
}

/**
 * Creates the gateway's verifier from its public key(s) (SPKI PEM). Pins the algorithm, type,
 * issuer, the `gateway` audience (a token signed for a subgraph fails here), a known `azp`, and age.
 */
export async function createDelegationTokenVerifier(publicKeysPem: string, subgraphs: readonly string[]): Promise<DelegationTokenVerifier> {
  const keys = new Map<string, KeyLike>();
  for (const pem of splitPem(publicKeysPem)) {
    const key = await importSPKI(pem, ALGORITHM, { extractable: true });
    keys.set(await keyId(key), key);
  }
  if (keys.size === 0) throw new Error('No public key found for delegation tokens (expected SPKI PEM).');
  const known = new Set(subgraphs);
  return {
    async verify(token) {
      const { payload } = await jwtVerify(token, async (header) => {
        const key = header.kid ? keys.get(header.kid) : undefined;
        if (!key) throw new Error('unknown key');
        return key;
      }, {
        algorithms: [ALGORITHM],
        typ: DELEGATION_TYPE,
        issuer: INTERNAL_TOKEN_ISSUER,
        audience: DELEGATION_AUDIENCE,
        maxTokenAge: MAX_TOKEN_AGE,
        requiredClaims: ['exp', 'iat', 'azp', 'depth', 'rid'],
      });
      if (typeof payload.azp !== 'string' || !known.has(payload.azp)) throw new Error('unknown subgraph');
      if (typeof payload.depth !== 'number' || !Number.isInteger(payload.depth) || payload.depth < 1) throw new Error('bad depth');
      return {
        caller: callerFromClaims(payload),
        subgraph: payload.azp,
        depth: payload.depth,
        requestId: typeof payload.rid === 'string' ? payload.rid : '',
        clientIp: typeof payload.ip === 'string' ? payload.ip : null,
      };
    },
  };
}

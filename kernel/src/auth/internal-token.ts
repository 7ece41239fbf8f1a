import { createPublicKey, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, exportJWK, importPKCS8, importSPKI, jwtVerify, SignJWT, type KeyLike } from 'jose';
import type { Caller } from './caller';
import { callerClaims, callerFromClaims, callerKey } from './caller-claims';
import { UnauthenticatedError } from '../errors';
import { splitPem } from './key-material';
import { ExpiringCache, reusedSignatures } from './token-cache';

/** Issuer of internal tokens: only the gateway signs them (docs/architecture.md#identity-and-trust). */
export const INTERNAL_TOKEN_ISSUER = 'caregraph-gateway';
/** Lifetime of an internal token. Short: it only has to cover one subgraph fetch. */
export const INTERNAL_TOKEN_TTL_SECONDS = 30;
/** Oldest token a subgraph accepts, whatever its `exp` says (docs/architecture.md#identity-and-trust: at most 60 s). */
const MAX_TOKEN_AGE_SECONDS = 60;
const MAX_TOKEN_AGE = `${MAX_TOKEN_AGE_SECONDS}s`;
const ALGORITHM = 'EdDSA';

/** What a subgraph learns from a verified internal token. */
export interface InternalIdentity {
  caller: Caller;
  requestId: string;
  /** The end user's IP address as the gateway saw it (for per-IP limits), or null. */
  clientIp: string | null;
  /** How many subgraph-to-gateway hops led to this request (0 for a client's own request). */
  depth: number;
}

/** Signs the per-subgraph tokens the gateway sends with every fetch. */
export interface InternalTokenSigner {
  /** A token for `audience`; an empty `requestId` leaves `rid` out (the subgraph then takes `x-request-id`). */
  sign(audience: string, caller: Caller, requestId: string, clientIp?: string | null, depth?: number): Promise<string>;
}

/** How long the gateway reuses one internal token: a third of its lifetime, so a reused token has ≥ 20 s left. */
export const INTERNAL_TOKEN_REUSE_SECONDS = 10;

/** Checks internal tokens for one subgraph (the audience). */
export interface InternalTokenVerifier {
  /** Resolves the identity, or throws UnauthenticatedError for anything but a valid token for this audience. */
  verify(authorization: string | undefined): Promise<InternalIdentity>;
}

/** The key id of a public key: its RFC 7638 thumbprint, so signer and verifier agree without configuration. */
async function keyId(publicKey: KeyLike): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(publicKey));
}

/** Creates the gateway's signer from its Ed25519 private key (PKCS#8 PEM). */
export async function createInternalTokenSigner(privateKeyPem: string): Promise<InternalTokenSigner> {
  const privateKey = await importPKCS8(privateKeyPem, ALGORITHM, { extractable: true });
  // On Node, jose's keys are KeyObjects: the public half gives the key id.
  const kid = await keyId(createPublicKey(privateKey as KeyObject));
  return {
    sign(audience, caller, requestId, clientIp = null, depth = 0) {
      const token = new SignJWT({ ...callerClaims(caller), ...(requestId ? { rid: requestId } : {}), dep: depth, ...(clientIp ? { ip: clientIp } : {}) })
        .setProtectedHeader({ alg: ALGORITHM, kid, typ: 'JWT' })
        .setIssuer(INTERNAL_TOKEN_ISSUER)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${INTERNAL_TOKEN_TTL_SECONDS}s`);
      if (caller.userId) token.setSubject(caller.userId);
      return token.sign(privateKey);
    },
  };
}

/**
 * Wraps a signer so that one token per subgraph, caller, client address and delegation depth is
 * signed at most every INTERNAL_TOKEN_REUSE_SECONDS and reused meanwhile, without `rid`: the
 * request id travels in `x-request-id` (docs/adr/017). Saves an Ed25519 signature per fetch.
 */
export function reusingInternalTokens(signer: InternalTokenSigner, reuseSeconds = INTERNAL_TOKEN_REUSE_SECONDS): InternalTokenSigner {
  const signed = reusedSignatures(reuseSeconds);
  return {
    sign(audience, caller, _requestId, clientIp = null, depth = 0) {
      return signed(`${audience}\n${callerKey(caller)}\n${clientIp ?? ''}\n${depth}`, () => signer.sign(audience, caller, '', clientIp, depth));
    },
  };
}

/** Each request gets its own copy of a remembered identity: nothing one request does reaches another. */
const copyOf = (identity: InternalIdentity): InternalIdentity => ({
  ...identity,
  caller: { ...identity.caller, roles: [...identity.caller.roles], ...(identity.caller.machine ? { machine: { ...identity.caller.machine, scopes: [...identity.caller.machine.scopes] } } : {}) },
});

/**
 * Creates a subgraph's verifier from the gateway's public key(s) (SPKI PEM; several
 * concatenated during a key rotation). Pins the algorithm, issuer, audience and age.
 */
export async function createInternalTokenVerifier(publicKeysPem: string, audience: string | string[]): Promise<InternalTokenVerifier> {
  const keys = new Map<string, KeyLike>();
  for (const pem of splitPem(publicKeysPem)) {
    const key = await importSPKI(pem, ALGORITHM, { extractable: true });
    keys.set(await keyId(key), key);
  }
  if (keys.size === 0) throw new Error('No public key found for internal tokens (expected SPKI PEM).');
  // The gateway reuses a token for several requests: one verification serves them all, until the
  // token's expiry or maximum age, whichever comes first.
  const verified = new ExpiringCache<InternalIdentity>();
  return {
    async verify(authorization) {
      const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '')?.[1];
      if (!token) throw new UnauthenticatedError('This service only answers requests that come through the Caregraph gateway.');
      const known = verified.get(token);
      if (known) return copyOf(known);
      try {
        const { payload } = await jwtVerify(token, async (header) => {
          const key = header.kid ? keys.get(header.kid) : undefined;
          if (!key) throw new Error('unknown key');
          return key;
        }, {
          algorithms: [ALGORITHM],
          issuer: INTERNAL_TOKEN_ISSUER,
          audience,
          maxTokenAge: MAX_TOKEN_AGE,
          requiredClaims: ['exp', 'iat'],
        });
        const identity = {
          caller: callerFromClaims(payload),
          requestId: typeof payload.rid === 'string' ? payload.rid : '',
          clientIp: typeof payload.ip === 'string' ? payload.ip : null,
          depth: typeof payload.dep === 'number' ? payload.dep : 0,
        };
        verified.set(token, identity, Math.min(payload.exp! * 1000, (payload.iat! + MAX_TOKEN_AGE_SECONDS) * 1000));
        return copyOf(identity);
      } catch {
        throw new UnauthenticatedError('The gateway token is not valid for this service.');
      }
    },
  };
}

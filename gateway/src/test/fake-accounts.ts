import { listen, sendJson, type GracefulServer } from '@caregraph/kernel';
import { calculateJwkThumbprint, exportJWK, importPKCS8, SignJWT, type JWK, type KeyLike } from 'jose';
import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../user-token';

interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  jwk: JWK;
}

type Entry = { kind: 'session'; sessionId: string; expiresAt: string } | { kind: 'user'; userId: string; notBefore: string; expiresAt: string };

/**
 * Stands in for what the gateway needs of the accounts subgraph: its JWKS (keys can be added and
 * removed) and its revocation list (`GET /revocations?since=`, answering from a cursor, or failing on demand).
 */
export interface FakeAccounts {
  server: GracefulServer;
  jwksUrl: string;
  /** Signs an access token with key `keyIndex` (default the first) for `userId`, in session `sessionId`. */
  sign(options?: { userId?: string; sessionId?: string; roles?: string[]; keyIndex?: number; issuedAt?: number; expiresAt?: number }): Promise<string>;
  addKey(): Promise<void>;
  /** Takes a key out of the JWKS (as removing it from ACCOUNTS_SIGNING_KEYS does). */
  removeKey(index: number): void;
  revokeSession(sessionId: string): void;
  revokeUser(userId: string, notBefore?: Date): void;
  /** While true, /revocations answers 500. */
  failing: boolean;
  /** Authorization headers of the polls so far. */
  pollAuthorizations: string[];
  /** When (Date.now()) each poll was answered with the list, not failed. */
  answeredPolls: number[];
}

async function newKey(): Promise<SigningKey> {
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicJwk = await exportJWK(createPublicKey(pem));
  const kid = await calculateJwkThumbprint(publicJwk);
  return { kid, privateKey: (await importPKCS8(pem, 'EdDSA')) as KeyLike, jwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' } };
}

export async function startFakeAccounts(): Promise<FakeAccounts> {
  const keys: Array<SigningKey | undefined> = [await newKey()];
  const entries: Entry[] = [];
  const expiresAt = () => new Date(Date.now() + 17 * 60_000).toISOString();
  const fake: FakeAccounts = {
    server: await listen((req, res) => {
      const url = new URL(req.url ?? '/', 'http://accounts');
      if (url.pathname === '/revocations') {
        fake.pollAuthorizations.push(req.headers.authorization ?? '');
        if (fake.failing) return sendJson(res, 500, { error: 'database unreachable' });
        const since = Number(url.searchParams.get('since') ?? 0);
        fake.answeredPolls.push(Date.now());
        return sendJson(res, 200, { cursor: entries.length, revocations: entries.slice(since), more: false });
      }
      sendJson(res, 200, { keys: keys.filter((k): k is SigningKey => k !== undefined).map((k) => k.jwk) });
    }, '127.0.0.1', 0),
    get jwksUrl() {
      return `http://127.0.0.1:${fake.server.port}/.well-known/jwks.json`;
    },
    async sign({ userId = randomUUID(), sessionId = randomUUID(), roles = ['CLIENT'], keyIndex = 0, issuedAt, expiresAt } = {}) {
      const key = keys[keyIndex];
      if (!key) throw new Error(`no key ${keyIndex}`);
      return new SignJWT({ roles, sid: sessionId })
        .setProtectedHeader({ alg: 'EdDSA', kid: key.kid })
        .setIssuer(ACCESS_TOKEN_ISSUER)
        .setAudience(ACCESS_TOKEN_AUDIENCE)
        .setSubject(userId)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt ?? '15m')
        .sign(key.privateKey);
    },
    async addKey() {
      keys.push(await newKey());
    },
    removeKey(index) {
      keys[index] = undefined;
    },
    revokeSession(sessionId) {
      entries.push({ kind: 'session', sessionId, expiresAt: expiresAt() });
    },
    revokeUser(userId, notBefore = new Date()) {
      entries.push({ kind: 'user', userId, notBefore: notBefore.toISOString(), expiresAt: expiresAt() });
    },
    failing: false,
    pollAuthorizations: [],
    answeredPolls: [],
  };
  return fake;
}

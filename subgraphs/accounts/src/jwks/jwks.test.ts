import { calculateJwkThumbprint, createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAccountsServices } from '../composition';
import { DEFAULT_PASSWORD, generateSigningKeyPem, startAccounts, type AccountsHarness } from '../test/accounts-harness';
import { loadSigningKeys } from './signing-keys';

const VERIFY = { algorithms: ['EdDSA'], issuer: 'caregraph-accounts', audience: 'caregraph' };

describe('JWKS and signing-key rotation', () => {
  let accounts: AccountsHarness;
  const firstKey = generateSigningKeyPem();

  beforeAll(async () => {
    accounts = await startAccounts({ ACCOUNTS_SIGNING_KEYS: firstKey });
    await accounts.signUp('rotating@caregraph.example');
  });
  afterAll(() => accounts.stop());

  const fetchJwks = async () => {
    const response = await fetch(accounts.jwksUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    return (await response.json()) as JSONWebKeySet;
  };

  it('publishes public keys only, without the gateway token, with kid = RFC 7638 thumbprint, alg EdDSA, use sig', async () => {
    const jwks = await fetchJwks();
    expect(jwks.keys).toHaveLength(1);
    const [key] = jwks.keys;
    expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(key.kid).toBe(await calculateJwkThumbprint({ kty: key.kty, crv: key.crv, x: key.x }));
    expect((await fetch(accounts.jwksUrl, { method: 'POST' })).status).toBe(405);
  });

  it('verifies access tokens against the served JWKS', async () => {
    const { accessToken } = await accounts.login('rotating@caregraph.example', DEFAULT_PASSWORD);
    const { payload, protectedHeader } = await jwtVerify(accessToken, createRemoteJWKSet(new URL(accounts.jwksUrl)), VERIFY);
    expect(protectedHeader.kid).toBe((await fetchJwks()).keys[0].kid);
    expect(payload.roles).toEqual(['CLIENT']);
  });

  it('keeps tokens signed with the old key valid after a new key is put first, until the old key is dropped', async () => {
    const oldToken = (await accounts.login('rotating@caregraph.example', DEFAULT_PASSWORD)).accessToken;
    const oldKid = decodeProtectedHeader(oldToken).kid;

    // Rotation: the new key goes first (it signs), the old one stays published.
    const secondKey = generateSigningKeyPem();
    process.env.ACCOUNTS_SIGNING_KEYS = `${secondKey}${firstKey}`;
    await accounts.restart();
    const rotated = await fetchJwks();
    expect(rotated.keys.map((k) => k.kid)).toHaveLength(2);
    expect(rotated.keys[1].kid).toBe(oldKid);

    const newToken = (await accounts.login('rotating@caregraph.example', DEFAULT_PASSWORD)).accessToken;
    expect(decodeProtectedHeader(newToken).kid).toBe(rotated.keys[0].kid);
    const jwks = createRemoteJWKSet(new URL(accounts.jwksUrl));
    await expect(jwtVerify(oldToken, jwks, VERIFY)).resolves.toBeDefined();
    await expect(jwtVerify(newToken, jwks, VERIFY)).resolves.toBeDefined();

    // Once the old tokens have expired the old key is removed, and with it their validity.
    process.env.ACCOUNTS_SIGNING_KEYS = secondKey;
    await accounts.restart();
    const afterRemoval = createLocalJWKSet(await fetchJwks());
    await expect(jwtVerify(oldToken, afterRemoval, VERIFY)).rejects.toThrow();
    await expect(jwtVerify(newToken, afterRemoval, VERIFY)).resolves.toBeDefined();
  });

  it('reads the keys from ACCOUNTS_SIGNING_KEYS_FILE too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caregraph-keys-'));
    try {
      const file = path.join(dir, 'signing.pem');
      writeFileSync(file, firstKey, { mode: 0o600 });
      delete process.env.ACCOUNTS_SIGNING_KEYS;
      process.env.ACCOUNTS_SIGNING_KEYS_FILE = file;
      const services = await createAccountsServices();
      await services.close();
      expect(services.signingKeys.jwks.keys[0].kid).toBe((await loadSigningKeys(firstKey)).active.kid);
    } finally {
      delete process.env.ACCOUNTS_SIGNING_KEYS_FILE;
      process.env.ACCOUNTS_SIGNING_KEYS = firstKey;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('signing-key configuration', () => {
  it('refuses missing, empty, non-Ed25519 and public keys with a message naming ACCOUNTS_SIGNING_KEYS', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const publicOnly = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    await expect(loadSigningKeys(undefined)).rejects.toThrow(/ACCOUNTS_SIGNING_KEYS \(or ACCOUNTS_SIGNING_KEYS_FILE\) is not set/);
    await expect(loadSigningKeys('not a key')).rejects.toThrow(/ACCOUNTS_SIGNING_KEYS holds no PEM block/);
    await expect(loadSigningKeys(`${generateSigningKeyPem()}${rsa}`)).rejects.toThrow(/ACCOUNTS_SIGNING_KEYS: key 2 is not an Ed25519 private key/);
    await expect(loadSigningKeys(publicOnly)).rejects.toThrow(/ACCOUNTS_SIGNING_KEYS: key 1 is not an Ed25519 private key/);
  });

  it('stops `serve` before it starts when no signing key is configured', () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LOG_LEVEL: 'silent' };
    const run = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'dist', 'main.js'), 'serve'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ACCOUNTS_SIGNING_KEYS (or ACCOUNTS_SIGNING_KEYS_FILE) is not set');
  });
});

// The key that signs user access tokens (accounts, docs/architecture.md#identity-and-trust). Unlike the internal
// token pair it must survive restarts, or every signed-in session would end with `npm start`:
// it is generated once into the git-ignored .data/keys/ folder and reused.
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { privateDir, tightenPrivateFile, writePrivateFile } from './private-files.mjs';

export const SIGNING_KEYS_VARIABLE = 'ACCOUNTS_SIGNING_KEYS';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_KEYS_DIR = path.join(root, '.data', 'keys');

/** Writes a new Ed25519 private key (PKCS#8 PEM) readable by its owner only. */
export function writePrivateKey(file) {
  privateDir(path.dirname(file));
  const { privateKey } = generateKeyPairSync('ed25519');
  writePrivateFile(file, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

/**
 * The variables for the accounts subgraph: none when ACCOUNTS_SIGNING_KEYS(_FILE) is set,
 * otherwise `ACCOUNTS_SIGNING_KEYS_FILE` pointing at the local key, created on first use.
 */
export function accountsSigningEnv(env = process.env, keysDir = DEFAULT_KEYS_DIR) {
  if (env[SIGNING_KEYS_VARIABLE] || env[`${SIGNING_KEYS_VARIABLE}_FILE`]) return {};
  const file = path.join(keysDir, 'accounts-signing.pem');
  if (!existsSync(file)) writePrivateKey(file);
  // A key kept from an earlier run may sit in a folder or file made with a wider mode.
  privateDir(keysDir);
  tightenPrivateFile(file);
  return { [`${SIGNING_KEYS_VARIABLE}_FILE`]: file };
}

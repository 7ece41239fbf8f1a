// `npm run keys`: writes the secrets docker-compose mounts (see docker-compose.yml) into
// .data/secrets/: the gateway's internal-token key pair, the accounts signing key, and the AES keys that encrypt
// authenticator secrets (accounts) and webhook signing secrets (notifications and the worker).
// Existing files are kept, so running it again never logs anyone out.
//
//   npm run keys [-- <folder>] [--owner=UID[:GID]]
//
// Private keys are 0600 in a 0700 folder, owned by whoever runs this; the containers run as uid 1000,
// so run it as that user, or as root with --owner=1000:1000 to hand the files to it.
import { createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chownAll, parseOwner, privateDir, tightenPrivateFile, writePrivateFile } from './lib/private-files.mjs';
import { writePrivateKey } from './lib/signing-keys.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let owner;
try {
  owner = parseOwner(args.find((a) => a.startsWith('--owner='))?.slice('--owner='.length));
} catch (error) {
  console.error(`keys: ${error.message}\nusage: npm run keys [-- <folder>] [--owner=UID[:GID]]`);
  process.exit(2);
}
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, '.data', 'secrets'));

const PRIVATE = ['internal-token-private.pem', 'accounts-signing.pem', 'accounts-totp.key', 'webhook-secret.key'];
privateDir(dir);
for (const name of ['internal-token-private.pem', 'accounts-signing.pem']) {
  const file = path.join(dir, name);
  if (!existsSync(file)) writePrivateKey(file);
}
// The AES-256 key that encrypts TOTP secrets at rest (accounts): base64 of 32 random bytes.
const totpKey = path.join(dir, 'accounts-totp.key');
if (!existsSync(totpKey)) writePrivateFile(totpKey, `${randomBytes(32).toString('base64')}\n`);
// The AES-256 key that encrypts organisations' webhook signing secrets at rest (notifications, the worker).
const webhookKey = path.join(dir, 'webhook-secret.key');
if (!existsSync(webhookKey)) writePrivateFile(webhookKey, `${randomBytes(32).toString('base64')}\n`);
// Files an earlier version of this script made readable by everyone become private again.
for (const name of PRIVATE) tightenPrivateFile(path.join(dir, name));
// The public half is no secret: the subgraphs verify internal tokens with it.
const internalPublic = path.join(dir, 'internal-token-public.pem');
const privatePem = readFileSync(path.join(dir, 'internal-token-private.pem'));
writeFileSync(internalPublic, createPublicKey(createPrivateKey(privatePem)).export({ type: 'spki', format: 'pem' }).toString());
chmodSync(internalPublic, 0o644);
chownAll([dir, ...[...PRIVATE, 'internal-token-public.pem'].map((name) => path.join(dir, name))], owner);
console.log(`keys: wrote ${path.relative(root, dir) || dir}/ (internal-token-private.pem, internal-token-public.pem, accounts-signing.pem, accounts-totp.key, webhook-secret.key)`);

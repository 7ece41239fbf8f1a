// `npm run keys`: writes the secrets docker-compose mounts (see docker-compose.yml) into
// .data/secrets/: the gateway's internal-token key pair and the accounts signing key.
// Existing files are kept, so running it again never logs anyone out.
import { createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePrivateKey } from './lib/signing-keys.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, '.data', 'secrets'));

for (const name of ['internal-token-private.pem', 'accounts-signing.pem']) {
  const file = path.join(dir, name);
  if (!existsSync(file)) writePrivateKey(file);
}
// The AES-256 key that encrypts TOTP secrets at rest (accounts): base64 of 32 random bytes.
const totpKey = path.join(dir, 'accounts-totp.key');
if (!existsSync(totpKey)) writeFileSync(totpKey, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
const internalPublic = path.join(dir, 'internal-token-public.pem');
const privatePem = readFileSync(path.join(dir, 'internal-token-private.pem'));
writeFileSync(internalPublic, createPublicKey(createPrivateKey(privatePem)).export({ type: 'spki', format: 'pem' }).toString());
// The containers run as an unprivileged user: the files must be readable by it.
for (const name of ['internal-token-private.pem', 'internal-token-public.pem', 'accounts-signing.pem', 'accounts-totp.key']) chmodSync(path.join(dir, name), 0o644);
console.log(`keys: wrote ${path.relative(root, dir) || dir}/ (internal-token-private.pem, internal-token-public.pem, accounts-signing.pem, accounts-totp.key)`);

// Private keys on disk are readable by their owner only (0600, in a 0700 folder): `npm run keys` for
// docker-compose and the signing key `npm start` keeps in .data/keys/. Public keys may be read by anyone.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const modeOf = (file: string) => statSync(file).mode & 0o777;
const node = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

describe('key files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'caregraph-key-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('npm run keys writes private keys 0600 in a 0700 folder, owned by whoever ran it', () => {
    const secrets = path.join(dir, 'secrets');
    const run = node(['scripts/keys.mjs', secrets]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(modeOf(secrets)).toBe(0o700);
    for (const name of ['internal-token-private.pem', 'accounts-signing.pem', 'accounts-totp.key', 'webhook-secret.key']) {
      expect([name, modeOf(path.join(secrets, name))]).toEqual([name, 0o600]);
      expect(statSync(path.join(secrets, name)).uid).toBe(process.getuid!());
    }
    expect(modeOf(path.join(secrets, 'internal-token-public.pem'))).toBe(0o644);
  });

  it('npm run keys tightens keys an earlier run left readable by everyone, and keeps their content', () => {
    const secrets = path.join(dir, 'secrets');
    expect(node(['scripts/keys.mjs', secrets]).status).toBe(0);
    chmodSync(secrets, 0o755);
    for (const name of ['internal-token-private.pem', 'accounts-signing.pem', 'accounts-totp.key', 'webhook-secret.key']) chmodSync(path.join(secrets, name), 0o644);
    const before = statSync(path.join(secrets, 'accounts-signing.pem')).mtimeMs;
    expect(node(['scripts/keys.mjs', secrets]).status).toBe(0);
    expect(modeOf(secrets)).toBe(0o700);
    for (const name of ['internal-token-private.pem', 'accounts-signing.pem', 'accounts-totp.key', 'webhook-secret.key']) expect([name, modeOf(path.join(secrets, name))]).toEqual([name, 0o600]);
    expect(statSync(path.join(secrets, 'accounts-signing.pem')).mtimeMs).toBe(before);
  });

  it('npm run keys refuses an --owner that is not a user id', () => {
    const run = node(['scripts/keys.mjs', path.join(dir, 'secrets'), '--owner=node']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--owner must be a numeric uid or uid:gid/);
  });

  it("npm start's signing key is 0600 in a 0700 folder, even in a folder made earlier", () => {
    const keys = path.join(dir, 'keys');
    mkdirSync(keys, { mode: 0o755 });
    chmodSync(keys, 0o755);
    writeFileSync(path.join(dir, 'probe.mjs'), `import { accountsSigningEnv } from ${JSON.stringify(path.join(root, 'scripts/lib/signing-keys.mjs'))};\nconsole.log(JSON.stringify(accountsSigningEnv({}, ${JSON.stringify(keys)})));\n`);
    const run = node([path.join(dir, 'probe.mjs')]);
    expect(run.status).toBe(0);
    expect(modeOf(keys)).toBe(0o700);
    expect(modeOf(path.join(keys, 'accounts-signing.pem'))).toBe(0o600);
  });
});

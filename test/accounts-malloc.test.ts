// Accounts' malloc settings (ACCOUNTS_GLIBC_TUNABLES in scripts/lib/subgraphs.mjs, docs/adr/035) reach glibc
// only if every tunable's name is one it knows: it ignores a misspelt one without a word. The dynamic loader
// lists the values it took, so this checks the exact string the scripts and subgraphs/Dockerfile give accounts.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TUNABLES = /export const ACCOUNTS_GLIBC_TUNABLES = '([^']+)'/.exec(readFileSync(path.resolve(__dirname, '../scripts/lib/subgraphs.mjs'), 'utf8'))?.[1];
/** glibc's dynamic loader on x86-64 and arm64 Debian (the images' node:20-bookworm-slim). */
const LOADER = ['/lib64/ld-linux-x86-64.so.2', '/lib/ld-linux-aarch64.so.1'].find((file) => existsSync(file));

describe("accounts' malloc settings", () => {
  (LOADER ? it : it.skip)('are tunables glibc knows, each taking the value given', () => {
    expect(TUNABLES).toBeDefined();
    const listed = execFileSync(LOADER as string, ['--list-tunables'], { env: { GLIBC_TUNABLES: TUNABLES }, encoding: 'utf8' });
    for (const setting of (TUNABLES as string).split(':')) {
      const [name, value] = setting.split('=');
      const line = listed.split('\n').find((l) => l.startsWith(`${name}:`));
      expect({ name, value: line && Number(/: (0x[0-9a-f]+)/.exec(line)?.[1]) }).toEqual({ name, value: Number(value) });
    }
  });
});

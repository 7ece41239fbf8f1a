import { randomBytes } from 'node:crypto';
import { loadTotpCipher } from './totp-secret-cipher';

describe('TOTP secret encryption', () => {
  const keyA = randomBytes(32).toString('base64');
  const keyB = randomBytes(32).toString('base64');
  const user = '6f1c2c1e-8a7b-4c55-9d0e-0a1b2c3d4e5f';

  it('encrypts with a fresh IV each time and decrypts with the same key', () => {
    const cipher = loadTotpCipher(keyA, true);
    const first = cipher.encrypt('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', user);
    const second = cipher.encrypt('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', user);
    expect(first).not.toBe(second);
    expect(first).not.toContain('JBSWY3DP');
    expect(cipher.decrypt(first, user)).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  });

  it('decrypts with an older key after a rotation, and refuses once that key is gone', () => {
    const stored = loadTotpCipher(keyA, true).encrypt('SECRET', user);
    expect(loadTotpCipher(`${keyB},${keyA}`, true).decrypt(stored, user)).toBe('SECRET');
    expect(() => loadTotpCipher(keyB, true).decrypt(stored, user)).toThrow(/not configured/);
  });

  it('refuses a ciphertext moved to another user or altered', () => {
    const cipher = loadTotpCipher(keyA, true);
    const stored = cipher.encrypt('SECRET', user);
    expect(() => cipher.decrypt(stored, '0b6f3f5e-2f0a-4c9e-9a55-1f2e3d4c5b6a')).toThrow();
    const parts = stored.split('.');
    parts[3] = Buffer.from('SECRES').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), user)).toThrow();
  });

  it('needs a key in production, and refuses keys that are not 32 bytes', () => {
    expect(() => loadTotpCipher(undefined, true)).toThrow(/ACCOUNTS_TOTP_KEYS \(or ACCOUNTS_TOTP_KEYS_FILE\) is not set/);
    expect(() => loadTotpCipher(randomBytes(16).toString('base64'), true)).toThrow(/ACCOUNTS_TOTP_KEYS: key 1 is not 32 bytes/);
    expect(() => loadTotpCipher(`${keyA} short`, false)).toThrow(/key 2 is not 32 bytes/);
    // Development without a key: the built-in development key.
    const dev = loadTotpCipher(undefined, false);
    expect(dev.decrypt(dev.encrypt('SECRET', user), user)).toBe('SECRET');
  });
});

import argon2 from 'argon2';
import { hashPassword, passwordNeedsRehash, verifyPassword } from './password-hasher';

describe('password hashing', () => {
  it('hashes with argon2id at m=19456, t=2, p=1 and a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).toMatch(/^\$argon2id\$v=19\$/);
    expect(a).not.toBe(b);
    expect(passwordNeedsRehash(a)).toBe(false);
    await expect(verifyPassword(a, 'same password')).resolves.toBe(true);
    await expect(verifyPassword(a, 'same passwor')).resolves.toBe(false);
  });

  it('compares passwords after NFKC normalisation', async () => {
    const composed = 'caf\u00e9 au lait'; // é as one code point
    const decomposed = 'cafe\u0301 au lait'; // e + combining acute accent
    await expect(verifyPassword(await hashPassword(composed), decomposed)).resolves.toBe(true);
  });

  it('answers false, after the same argon2 work, when there is no hash or a broken one', async () => {
    await expect(verifyPassword(null, 'anything at all')).resolves.toBe(false);
    await expect(verifyPassword('$argon2id$broken', 'anything at all')).resolves.toBe(false);
  });

  it('flags hashes made with weaker parameters for re-hashing', async () => {
    const weak = await argon2.hash('old password', { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    expect(passwordNeedsRehash(weak)).toBe(true);
  });
});

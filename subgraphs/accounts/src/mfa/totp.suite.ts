import { base32Decode, base32Encode } from './base32';
import { normaliseRecoveryCode, newRecoveryCode } from './recovery-codes';
import { totpCode, verifyTotpCode } from './totp';

describe('TOTP codes', () => {
  // RFC 6238 appendix B: the ASCII secret "12345678901234567890", SHA-1 (last 6 of the 8 digits).
  const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890'));

  it('matches the RFC 6238 test vectors', () => {
    expect(RFC_SECRET).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(totpCode(RFC_SECRET, 59_000)).toBe('287082');
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe('081804');
    expect(totpCode(RFC_SECRET, 2_000_000_000_000)).toBe('279037');
  });

  it('accepts the current step and one either side, and refuses steps already used', () => {
    const now = Date.now();
    const step = Math.floor(now / 30_000);
    expect(verifyTotpCode(RFC_SECRET, totpCode(RFC_SECRET, now), null)).toBe(step);
    expect(verifyTotpCode(RFC_SECRET, totpCode(RFC_SECRET, now - 30_000), null)).toBe(step - 1);
    expect(verifyTotpCode(RFC_SECRET, totpCode(RFC_SECRET, now + 30_000), null)).toBe(step + 1);
    expect(verifyTotpCode(RFC_SECRET, totpCode(RFC_SECRET, now - 90_000), null)).toBeNull();
    expect(verifyTotpCode(RFC_SECRET, totpCode(RFC_SECRET, now), step)).toBeNull();
    expect(verifyTotpCode(RFC_SECRET, 'abcdef', null)).toBeNull();
  });

  it('round-trips base32 and makes well-formed recovery codes', () => {
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(Buffer.from(base32Decode('mzxw6ytboi======')).toString()).toBe('foobar');
    const code = newRecoveryCode();
    expect(code).toMatch(/^([a-z2-7]{4}-){3}[a-z2-7]{4}$/);
    expect(normaliseRecoveryCode(code.toUpperCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
    expect(normaliseRecoveryCode('123456')).toBeNull();
  });
});

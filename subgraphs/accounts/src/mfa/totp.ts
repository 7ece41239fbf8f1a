import { createBase32Plugin, createCryptoPlugin } from '@otplib/core';
import { generateSync, verifySync } from '@otplib/totp';
import { generateTOTP } from '@otplib/uri';
import { createHmac, randomBytes } from 'node:crypto';
import { base32Decode, base32Encode } from './base32';

/*
 * RFC 6238 comes from otplib's own packages (@otplib/totp, @otplib/uri, @otplib/core, installed
 * with otplib 13.5.0) with plugins on node:crypto. The `otplib` entry point itself is not used:
 * it loads its default plugins, which are ES modules that neither jest nor Node before 20.19
 * can `require`.
 */
const crypto = createCryptoPlugin({
  name: 'node-crypto',
  algorithms: ['sha1', 'sha256', 'sha512'],
  hmac: (algorithm, key, data) => new Uint8Array(createHmac(algorithm, key).update(data).digest()),
  randomBytes: (length) => new Uint8Array(randomBytes(length)),
});
const base32 = createBase32Plugin({ name: 'rfc4648', encode: base32Encode, decode: base32Decode });

/** Shown by authenticator apps above the code. */
export const TOTP_ISSUER = 'Caregraph';
/** How far a code may be from the server's clock: one 30-second step either way (clock drift, slow typing). */
const TOLERANCE_SECONDS = 30;

/** A new random TOTP secret: 20 bytes (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The `otpauth://totp/Caregraph:<label>?secret=…&issuer=Caregraph` URI an authenticator app reads from a QR code. */
export function otpauthUri(label: string, secret: string): string {
  return generateTOTP({ issuer: TOTP_ISSUER, label, secret });
}

/** The 6-digit code for `secret` at `atMs` (now by default): SHA-1, 30-second steps, as every authenticator app does. */
export function totpCode(secret: string, atMs = Date.now()): string {
  return generateSync({ secret, epoch: Math.floor(atMs / 1000), crypto, base32 });
}

/**
 * Checks a 6-digit code. Returns the RFC 6238 time step it matched, or null when it is wrong,
 * too old or too new, or from a step at or before `afterStep` (a code already used: no replay).
 */
export function verifyTotpCode(secret: string, code: string, afterStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = verifySync({
      secret,
      token: code,
      crypto,
      base32,
      epochTolerance: TOLERANCE_SECONDS,
      ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
    });
    return result.valid ? result.timeStep : null;
  } catch {
    // otplib throws on arguments it cannot check (e.g. afterStep in the future): never a way in.
    return null;
  }
}

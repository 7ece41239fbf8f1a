import { createHmac } from 'node:crypto';

/**
 * The password of every demo user the seed writes (their e-mails come from demoRoster()). Published in the
 * README: for local development only. The seed refuses production, and accounts refuses to serve in
 * production while an account still has it.
 */
export const DEMO_PASSWORD = 'CaregraphDemo!2026';

/**
 * The password of every account `npm run seed:scale` writes for benchmarks (made-up people, addresses from
 * scaleClientEmail/scaleTherapistEmail). Published like the demo password, so also refused in production.
 */
export const SCALE_PASSWORD = 'CaregraphScale!2026';

/** The address of scale client `n` (1-based). */
export const scaleClientEmail = (n: number): string => `scale-client-${String(n).padStart(6, '0')}@caregraph.example`;

/** The address of scale therapist `n` (1-based). */
export const scaleTherapistEmail = (n: number): string => `scale-therapist-${String(n).padStart(6, '0')}@caregraph.example`;

/**
 * The authenticator (TOTP) secret of the demo admin, who is seeded with two-step verification on (admins
 * must have it). Published, so local development only: add it to an authenticator app, or run
 * `npm run demo:totp`.
 */
export const DEMO_ADMIN_TOTP_SECRET = 'KRUGKIDROVUWG2ZAMJZG653OEBTG66BA';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Bytes(text: string): Buffer {
  let bits = '';
  for (const char of text.replace(/=+$/, '')) bits += BASE32.indexOf(char).toString(2).padStart(5, '0');
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
}

/**
 * What an authenticator app holding `secret` (base32) shows at `atMs`: RFC 6238 with SHA-1, 30-second steps
 * and 6 digits. Demo tooling and tests play the person's authenticator app with it; accounts verifies codes
 * with its own library, and its seed test checks that it accepts these.
 */
export function authenticatorCode(secret: string, atMs = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 30_000)));
  const digest = createHmac('sha1', base32Bytes(secret)).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** The code the demo admin's authenticator app shows now (`npm run demo:totp`). */
export function currentDemoAdminCode(atMs = Date.now()): string {
  return authenticatorCode(DEMO_ADMIN_TOTP_SECRET, atMs);
}

/**
 * The demo GP practice's API client (OAuth client credentials: `client_id` DEMO_API_CLIENT_ID, this
 * `client_secret`), for trying the integrator guide locally. Published like the demo password, so accounts
 * refuses to serve in production while a client still has it.
 */
export const DEMO_API_CLIENT_SECRET = 'cgs_CaregraphDemoPracticeClientSecretForLocal26';
